import type { DataSource } from 'typeorm';
import { createTrainerLoaders, type TrainerLoaders } from './loaders';

export interface TrainersContext {
  dataSource: DataSource;
  loaders: TrainerLoaders;
}

export function createTrainersContext(dataSource: DataSource): TrainersContext {
  return { dataSource, loaders: createTrainerLoaders(dataSource) };
}
