import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createMonthlyVolumeLoader } from '../../shared/attention/monthly-store';
import { createSignatureLoader } from '../../shared/documents/document-signature';
import { manyByKey, oneByKey } from '../../shared/loader-helpers';
import { SalAccessKey } from './access-key';
import { SalInstitution } from './institution';
import { SalKeyRequest } from './key-request';
import { SalKeyRequestEvent } from './key-request-event';
import { SalDocumentSignature } from './document-signature';
import { SalRequestDocument } from './request-document';
import { SalStatusChangeOficio } from './institution-status-oficio';
import { findByKeys } from '../../shared/database/keyed-reads';

/** One set per request (made in the context factory): each loader costs one SQL statement per batch. */
export function createSalLoaders(dataSource: DataSource) {
  return {
    institutionByRuc: new DataLoader<string, SalInstitution | null>(async rucs =>
      oneByKey(rucs, await findByKeys(dataSource, SalInstitution, 'ruc', rucs), row => row.ruc),
    ),
    accessKeysByRuc: new DataLoader<string, SalAccessKey[]>(async rucs => {
      const rows = await findByKeys(dataSource, SalAccessKey, 'institutionRuc', rucs, { issuedAt: 'DESC' });
      return manyByKey(rucs, rows, row => row.institutionRuc);
    }),
    keyRequestsByRuc: new DataLoader<string, SalKeyRequest[]>(async rucs => {
      const rows = await findByKeys(dataSource, SalKeyRequest, 'institutionRuc', rucs, { submittedAt: 'DESC' });
      return manyByKey(rucs, rows, row => row.institutionRuc);
    }),
    documentsByRequest: new DataLoader<string, SalRequestDocument[]>(async ids => {
      const rows = await findByKeys(dataSource, SalRequestDocument, 'ownerId', ids, { kind: 'ASC' });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    signatureByDocument: createSignatureLoader(dataSource, SalDocumentSignature),
    eventsByRequest: new DataLoader<string, SalKeyRequestEvent[]>(async ids => {
      const rows = await findByKeys(dataSource, SalKeyRequestEvent, 'ownerId', ids, { id: 'ASC' });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    statusChangeOficioByRuc: new DataLoader<string, SalStatusChangeOficio | null>(async rucs => {
      const rows = await dataSource.query(
        `SELECT DISTINCT ON (institution_ruc) institution_ruc AS ruc, oficio_number AS "oficioNumber", requested_by AS "maximaAutoridad", oficio_file_name AS "fileName",
                oficio_media_type AS "mediaType", oficio_size_bytes AS "sizeBytes", oficio_sha256 AS "sha256", recorded_at AS "recordedAt"
           FROM institution_status_change WHERE institution_ruc = ANY($1) ORDER BY institution_ruc, recorded_at DESC`,
        [[...rucs]],
      );
      return oneByKey(rucs, rows as Array<SalStatusChangeOficio & { ruc: string }>, row => row.ruc);
    }),
    monthlyVolumes: createMonthlyVolumeLoader(dataSource),
  };
}

export type SalLoaders = ReturnType<typeof createSalLoaders>;
