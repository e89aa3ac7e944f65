import { attentionReportEntity, taxpayerEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated Taxpayer and AttentionReport entities. */
export const IessTaxpayer = taxpayerEntity();
export type IessTaxpayer = InstanceType<typeof IessTaxpayer>;

export const IessAttentionReport = attentionReportEntity();
export type IessAttentionReport = InstanceType<typeof IessAttentionReport>;
