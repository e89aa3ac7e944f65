import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { createMonthlyVolumeLoader } from '../../shared/attention/monthly-store';
import { manyByKey, oneByKey } from '../../shared/loader-helpers';
import { IessEmployer } from './employer';
import { IessEmployerKeyRequest } from './employer-key-request';
import { IessSector } from './sector';

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
    monthlyVolumes: createMonthlyVolumeLoader(dataSource),
  };
}

export type IessLoaders = ReturnType<typeof createIessLoaders>;
