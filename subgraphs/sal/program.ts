import type { SubgraphProgram } from '../../shared/run-subgraph';
import { createSalDataSource } from './database';
import { seedSalDemoData } from './demo-data';
import { buildSalServer } from './server';

/** Everything needed to run the sal subgraph: its database, its demo data, its server. */
export const salProgram: SubgraphProgram = {
  name: 'sal',
  createDataSource: createSalDataSource,
  seedDemoData: seedSalDemoData,
  buildServer: buildSalServer,
  sendsMail: true,
};
