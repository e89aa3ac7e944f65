import 'reflect-metadata';
import { exitOnStartupError, runSubgraph } from '../../shared/run-subgraph';
import { createSutDataSource } from './database';
import { seedSutDemoData } from './demo-data';
import { buildSutServer } from './server';

runSubgraph({ name: 'sut', createDataSource: createSutDataSource, seedDemoData: seedSutDemoData, buildServer: buildSutServer }).catch(
  exitOnStartupError('sut'),
);
