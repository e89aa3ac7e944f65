import 'reflect-metadata';
import { exitOnStartupError, runSubgraph } from '../../shared/run-subgraph';
import { iessProgram } from './program';

runSubgraph(iessProgram).catch(exitOnStartupError('iess'));
