import { taxpayerEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated Taxpayer entity: the SAL part of a RUC's dossier. */
export const SalTaxpayer = taxpayerEntity();
export type SalTaxpayer = InstanceType<typeof SalTaxpayer>;
