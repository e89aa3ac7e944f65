import { attentionReportEntity, taxpayerEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated Taxpayer and AttentionReport entities. */
export const TrainersTaxpayer = taxpayerEntity();
export type TrainersTaxpayer = InstanceType<typeof TrainersTaxpayer>;

export const TrainersAttentionReport = attentionReportEntity();
export type TrainersAttentionReport = InstanceType<typeof TrainersAttentionReport>;
