import 'reflect-metadata';
import { exitOnStartupError, runSubgraph } from '../../shared/run-subgraph';
import { createSalDataSource } from './database';
import { seedSalDemoData } from './demo-data';
import { buildSalServer } from './server';

runSubgraph({ name: 'sal', createDataSource: createSalDataSource, seedDemoData: seedSalDemoData, buildServer: buildSalServer }).catch(
  exitOnStartupError('sal'),
);
