import { attentionReportEntity } from '../../shared/federation/entities';

/** This subgraph's share of the federated AttentionReport: the clave patronal's monthly figures. */
export const IessAttentionReport = attentionReportEntity();
export type IessAttentionReport = InstanceType<typeof IessAttentionReport>;
