import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { loadMonthlyVolumes, type MonthRange } from '../../shared/attention/monthly-store';
import type { MonthlyVolume } from '../../shared/attention/monthly-volume';
import { SalAccessKey } from './access-key';
import { SalInstitution } from './institution';

/** One set per request (made in the context factory): each loader costs one SQL statement per batch. */
export function createSalLoaders(dataSource: DataSource) {
  return {
    institutionByRuc: new DataLoader<string, SalInstitution | null>(async rucs => {
      const rows = await dataSource.getRepository(SalInstitution).findBy({ ruc: In([...rucs]) });
      const byRuc = new Map(rows.map(row => [row.ruc, row]));
      return rucs.map(ruc => byRuc.get(ruc) ?? null);
    }),
    accessKeysByRuc: new DataLoader<string, SalAccessKey[]>(async rucs => {
      const rows = await dataSource.getRepository(SalAccessKey).find({
        where: { institutionRuc: In([...rucs]) },
        order: { issuedAt: 'DESC' },
      });
      return rucs.map(ruc => rows.filter(row => row.institutionRuc === ruc));
    }),
    monthlyVolumes: new DataLoader<MonthRange, MonthlyVolume[], string>(ranges => loadMonthlyVolumes(dataSource, ranges), {
      cacheKeyFn: range => `${range.from}..${range.to}`,
    }),
  };
}

export type SalLoaders = ReturnType<typeof createSalLoaders>;
