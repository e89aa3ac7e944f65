import type { DataSource } from 'typeorm';
import type { AuthContext } from '../../shared/auth/access';
import type { Identity } from '../../shared/auth/identity';
import { createIessLoaders, type IessLoaders } from './loaders';

export interface IessContext extends AuthContext {
  dataSource: DataSource;
  loaders: IessLoaders;
}

export function createIessContext(dataSource: DataSource, identity: Identity): IessContext {
  return { dataSource, identity, loaders: createIessLoaders(dataSource) };
}
