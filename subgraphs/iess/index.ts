import 'reflect-metadata';
import { exitOnStartupError, runSubgraph } from '../../shared/run-subgraph';
import { createIessDataSource } from './database';
import { seedIessDemoData } from './demo-data';
import { buildIessServer } from './server';

runSubgraph({ name: 'iess', createDataSource: createIessDataSource, seedDemoData: seedIessDemoData, buildServer: buildIessServer }).catch(
  exitOnStartupError('iess'),
);
