import 'reflect-metadata';
import { startEntryTracing } from '../../shared/observability/tracing';

const tracing = startEntryTracing('sut');
// The program (express, graphql, pg) is required after tracing starts, so the instrumentations can patch it.
const { exitOnStartupError, runSubgraph } = require('../../shared/run-subgraph') as typeof import('../../shared/run-subgraph');
const { sutProgram } = require('./program') as typeof import('./program');

runSubgraph(sutProgram, tracing).catch(exitOnStartupError('sut'));
