import type { SubgraphProgram } from '../../shared/run-subgraph';
import { createIessDataSource } from './database';
import { seedIessDemoData } from './demo-data';
import { buildIessServer } from './server';

/** Everything needed to run the iess subgraph: its database, its demo data, its server. */
export const iessProgram: SubgraphProgram = {
  name: 'iess',
  createDataSource: createIessDataSource,
  seedDemoData: seedIessDemoData,
  buildServer: buildIessServer,
  sendsMail: true,
};
