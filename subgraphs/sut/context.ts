import type { DataSource } from 'typeorm';
import type { AuthContext } from '../../shared/auth/access';
import type { Identity } from '../../shared/auth/identity';
import { createSutLoaders, type SutLoaders } from './loaders';

export interface SutContext extends AuthContext {
  dataSource: DataSource;
  loaders: SutLoaders;
}

export function createSutContext(dataSource: DataSource, identity: Identity): SutContext {
  return { dataSource, identity, loaders: createSutLoaders(dataSource) };
}
