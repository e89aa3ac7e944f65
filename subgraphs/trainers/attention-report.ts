import { attentionReportEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated AttentionReport entity: its requests and complaints per month. */
export const TrainersAttentionReport = attentionReportEntity();
export type TrainersAttentionReport = InstanceType<typeof TrainersAttentionReport>;
