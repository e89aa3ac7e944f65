import type { SubgraphProgram } from '../../shared/run-subgraph';
import { createTrainersDataSource } from './database';
import { seedTrainersDemoData } from './demo-data';
import { buildTrainersServer } from './server';

/** Everything needed to run the trainers subgraph: its database, its demo data, its server. */
export const trainersProgram: SubgraphProgram = {
  name: 'trainers',
  createDataSource: createTrainersDataSource,
  seedDemoData: seedTrainersDemoData,
  buildServer: buildTrainersServer,
  sendsMail: true,
};
