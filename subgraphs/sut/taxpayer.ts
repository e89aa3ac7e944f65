import { taxpayerEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated Taxpayer entity. */
export const SutTaxpayer = taxpayerEntity();
export type SutTaxpayer = InstanceType<typeof SutTaxpayer>;
