import 'reflect-metadata';
import { exitOnStartupError, runSubgraph } from '../../shared/run-subgraph';
import { trainersProgram } from './program';

runSubgraph(trainersProgram).catch(exitOnStartupError('trainers'));
