import 'reflect-metadata';
import { exitOnStartupError, runSubgraph } from '../../shared/run-subgraph';
import { createTrainersDataSource } from './database';
import { seedTrainersDemoData } from './demo-data';
import { buildTrainersServer } from './server';

runSubgraph({
  name: 'trainers',
  createDataSource: createTrainersDataSource,
  seedDemoData: seedTrainersDemoData,
  buildServer: buildTrainersServer,
}).catch(exitOnStartupError('trainers'));
