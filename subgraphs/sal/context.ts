import type { DataSource } from 'typeorm';
import type { AuthContext } from '../../shared/auth/access';
import type { Identity } from '../../shared/auth/identity';
import { createSalLoaders, type SalLoaders } from './loaders';

export interface SalContext extends AuthContext {
  dataSource: DataSource;
  loaders: SalLoaders;
}

export function createSalContext(dataSource: DataSource, identity: Identity): SalContext {
  return { dataSource, identity, loaders: createSalLoaders(dataSource) };
}
