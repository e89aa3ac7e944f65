import type { DataSource } from 'typeorm';
import { createAuditDataSource } from '../gateway/audit/database';
import { prepareServiceDatabase } from '../shared/database/data-source';
import type { SubgraphName } from '../shared/env';
import { iessProgram } from '../subgraphs/iess/program';
import { salProgram } from '../subgraphs/sal/program';
import { sutProgram } from '../subgraphs/sut/program';
import { trainersProgram } from '../subgraphs/trainers/program';

/**
 * Migrations (as the owner) of the audit schema and the four subgraphs', as `npm start` and the fault
 * suite run them; each process then gets only its runtime role's URL (`<SERVICE>_DATABASE_URL`).
 */
export async function prepareDatabases(ownerUrl: string): Promise<Record<string, string>> {
  const creators: Record<SubgraphName | 'gateway', (url: string) => DataSource> = {
    gateway: createAuditDataSource,
    sal: salProgram.createDataSource,
    sut: sutProgram.createDataSource,
    trainers: trainersProgram.createDataSource,
    iess: iessProgram.createDataSource,
  };
  const urls: Record<string, string> = {};
  for (const [service, create] of Object.entries(creators)) urls[`${service.toUpperCase()}_DATABASE_URL`] = await prepareServiceDatabase(create, ownerUrl);
  return urls;
}
