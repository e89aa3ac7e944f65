import type { DataSource } from 'typeorm';
import { createIessLoaders, type IessLoaders } from './loaders';

export interface IessContext {
  dataSource: DataSource;
  loaders: IessLoaders;
}

export function createIessContext(dataSource: DataSource): IessContext {
  return { dataSource, loaders: createIessLoaders(dataSource) };
}
