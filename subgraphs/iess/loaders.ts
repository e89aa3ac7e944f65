import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createMonthlyVolumeLoader } from '../../shared/attention/monthly-store';
import { createSignatureLoader } from '../../shared/documents/document-signature';
import { manyByKey, oneByKey } from '../../shared/loader-helpers';
import { IessEmployer } from './employer';
import { IessEmployerKeyRequest } from './key-request';
import { IessSector } from './sector';
import { IessRequestDocument } from './key-request-document';
import { IessDocumentSignature } from './key-request-document-signature';
import { IessKeyRequestEvent } from './key-request-event';
import { findByKeys } from '../../shared/database/keyed-reads';

/** One set per request (made in the context factory): each loader costs one SQL statement per batch. */
export function createIessLoaders(dataSource: DataSource) {
  return {
    employerByRuc: new DataLoader<string, IessEmployer | null>(async rucs =>
      oneByKey(rucs, await findByKeys(dataSource, IessEmployer, 'ruc', rucs), row => row.ruc),
    ),
    keyRequestsByRuc: new DataLoader<string, IessEmployerKeyRequest[]>(async rucs => {
      const rows = await findByKeys(dataSource, IessEmployerKeyRequest, 'employerRuc', rucs, { submittedAt: 'DESC' });
      return manyByKey(rucs, rows, row => row.employerRuc);
    }),
    sectorByCode: new DataLoader<string, IessSector | null>(async codes =>
      oneByKey(codes, await findByKeys(dataSource, IessSector, 'code', codes), row => row.code),
    ),
    documentsByRequest: new DataLoader<string, IessRequestDocument[]>(async ids => {
      const rows = await findByKeys(dataSource, IessRequestDocument, 'ownerId', ids, { kind: 'ASC' });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    signatureByDocument: createSignatureLoader(dataSource, IessDocumentSignature),
    eventsByRequest: new DataLoader<string, IessKeyRequestEvent[]>(async ids => {
      const rows = await findByKeys(dataSource, IessKeyRequestEvent, 'ownerId', ids, { id: 'ASC' });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    monthlyVolumes: createMonthlyVolumeLoader(dataSource),
  };
}

export type IessLoaders = ReturnType<typeof createIessLoaders>;
