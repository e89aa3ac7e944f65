import { attentionReportEntity, taxpayerEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated Taxpayer and AttentionReport entities. */
export const SalTaxpayer = taxpayerEntity();
export type SalTaxpayer = InstanceType<typeof SalTaxpayer>;

export const SalAttentionReport = attentionReportEntity();
export type SalAttentionReport = InstanceType<typeof SalAttentionReport>;
