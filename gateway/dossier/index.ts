import 'reflect-metadata';
import { startEntryTracing } from '../../shared/observability/tracing';

const tracing = startEntryTracing('dossier');
// Required after tracing starts, so the instrumentations can patch express, graphql and pg.
const { exitOnStartupError } = require('../../shared/run-subgraph') as typeof import('../../shared/run-subgraph');
const { runDossier } = require('./run-dossier') as typeof import('./run-dossier');

runDossier(tracing).catch(exitOnStartupError('dossier'));
