import type { DataSource } from 'typeorm';
import { createSalLoaders, type SalLoaders } from './loaders';

export interface SalContext {
  dataSource: DataSource;
  loaders: SalLoaders;
}

export function createSalContext(dataSource: DataSource): SalContext {
  return { dataSource, loaders: createSalLoaders(dataSource) };
}
