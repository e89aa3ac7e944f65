import type { DataSource } from 'typeorm';
import type { AuthContext } from '../../shared/auth/access';
import type { Identity } from '../../shared/auth/identity';
import { createTrainerLoaders, type TrainerLoaders } from './loaders';

export interface TrainersContext extends AuthContext {
  dataSource: DataSource;
  loaders: TrainerLoaders;
}

export function createTrainersContext(dataSource: DataSource, identity: Identity): TrainersContext {
  return { dataSource, identity, loaders: createTrainerLoaders(dataSource) };
}
