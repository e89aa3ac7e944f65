import type { DataSource } from 'typeorm';
import { createSutLoaders, type SutLoaders } from './loaders';

export interface SutContext {
  dataSource: DataSource;
  loaders: SutLoaders;
}

export function createSutContext(dataSource: DataSource): SutContext {
  return { dataSource, loaders: createSutLoaders(dataSource) };
}
