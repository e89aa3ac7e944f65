import { attentionReportEntity, taxpayerEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated Taxpayer and AttentionReport entities. */
export const SutTaxpayer = taxpayerEntity();
export type SutTaxpayer = InstanceType<typeof SutTaxpayer>;

export const SutAttentionReport = attentionReportEntity();
export type SutAttentionReport = InstanceType<typeof SutAttentionReport>;
