import 'reflect-metadata';
import { startEntryTracing } from '../../shared/observability/tracing';

const tracing = startEntryTracing('trainers');
// The program (express, graphql, pg) is required after tracing starts, so the instrumentations can patch it.
const { exitOnStartupError, runSubgraph } = require('../../shared/run-subgraph') as typeof import('../../shared/run-subgraph');
const { trainersProgram } = require('./program') as typeof import('./program');

runSubgraph(trainersProgram, tracing).catch(exitOnStartupError('trainers'));
