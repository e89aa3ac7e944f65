import { taxpayerEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated Taxpayer entity. */
export const TrainersTaxpayer = taxpayerEntity();
export type TrainersTaxpayer = InstanceType<typeof TrainersTaxpayer>;
