import 'reflect-metadata';
import { exitOnStartupError, runSubgraph } from '../../shared/run-subgraph';
import { sutProgram } from './program';

runSubgraph(sutProgram).catch(exitOnStartupError('sut'));
