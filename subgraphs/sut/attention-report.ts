import { attentionReportEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated AttentionReport entity: its requests and complaints per month. */
export const SutAttentionReport = attentionReportEntity();
export type SutAttentionReport = InstanceType<typeof SutAttentionReport>;
