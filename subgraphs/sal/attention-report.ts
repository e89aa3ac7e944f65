import { attentionReportEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated AttentionReport entity: SAL key requests and complaints per month. */
export const SalAttentionReport = attentionReportEntity();
export type SalAttentionReport = InstanceType<typeof SalAttentionReport>;
