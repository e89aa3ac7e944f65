import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { createMonthlyVolumeLoader } from '../../shared/attention/monthly-store';
import { createSignatureLoader } from '../../shared/documents/document-signature';
import { manyByKey, oneByKey } from '../../shared/loader-helpers';
import { IessEmployer } from './employer';
import { IessEmployerKeyRequest } from './key-request';
import { IessSector } from './sector';
import { IessRequestDocument } from './key-request-document';
import { IessDocumentSignature } from './key-request-document-signature';
import { IessKeyRequestEvent } from './key-request-event';

/** One set per request (made in the context factory): each loader costs one SQL statement per batch. */
export function createIessLoaders(dataSource: DataSource) {
  return {
    employerByRuc: new DataLoader<string, IessEmployer | null>(async rucs =>
      oneByKey(rucs, await dataSource.getRepository(IessEmployer).findBy({ ruc: In([...rucs]) }), row => row.ruc),
    ),
    keyRequestsByRuc: new DataLoader<string, IessEmployerKeyRequest[]>(async rucs => {
      const rows = await dataSource.getRepository(IessEmployerKeyRequest).find({ where: { employerRuc: In([...rucs]) }, order: { submittedAt: 'DESC' } });
      return manyByKey(rucs, rows, row => row.employerRuc);
    }),
    sectorByCode: new DataLoader<string, IessSector | null>(async codes =>
      oneByKey(codes, await dataSource.getRepository(IessSector).findBy({ code: In([...codes]) }), row => row.code),
    ),
    documentsByRequest: new DataLoader<string, IessRequestDocument[]>(async ids => {
      const rows = await dataSource.getRepository(IessRequestDocument).find({ where: { ownerId: In([...ids]) }, order: { kind: 'ASC' } });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    signatureByDocument: createSignatureLoader(dataSource, IessDocumentSignature),
    eventsByRequest: new DataLoader<string, IessKeyRequestEvent[]>(async ids => {
      const rows = await dataSource.getRepository(IessKeyRequestEvent).find({ where: { ownerId: In([...ids]) }, order: { id: 'ASC' } });
      return manyByKey(ids, rows, row => row.ownerId);
    }),
    monthlyVolumes: createMonthlyVolumeLoader(dataSource),
  };
}

export type IessLoaders = ReturnType<typeof createIessLoaders>;
