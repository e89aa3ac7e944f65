import { taxpayerEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated Taxpayer: the RUC's IESS employer record and clave patronal requests. */
export const IessTaxpayer = taxpayerEntity();
export type IessTaxpayer = InstanceType<typeof IessTaxpayer>;
