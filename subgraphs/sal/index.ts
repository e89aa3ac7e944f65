import 'reflect-metadata';
import { startEntryTracing } from '../../shared/observability/tracing';

const tracing = startEntryTracing('sal');
// The program (express, graphql, pg) is required after tracing starts, so the instrumentations can patch it.
const { exitOnStartupError, runSubgraph } = require('../../shared/run-subgraph') as typeof import('../../shared/run-subgraph');
const { salProgram } = require('./program') as typeof import('./program');

runSubgraph(salProgram, tracing).catch(exitOnStartupError('sal'));
