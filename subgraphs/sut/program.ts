import type { SubgraphProgram } from '../../shared/run-subgraph';
import { createSutDataSource } from './database';
import { seedSutDemoData } from './demo-data';
import { buildSutServer } from './server';

/** Everything needed to run the sut subgraph: its database, its demo data, its server. */
export const sutProgram: SubgraphProgram = {
  name: 'sut',
  createDataSource: createSutDataSource,
  seedDemoData: seedSutDemoData,
  buildServer: buildSutServer,
  sendsMail: true,
};
