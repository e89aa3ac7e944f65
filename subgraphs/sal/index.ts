import 'reflect-metadata';
import { exitOnStartupError, runSubgraph } from '../../shared/run-subgraph';
import { salProgram } from './program';

runSubgraph(salProgram).catch(exitOnStartupError('sal'));
