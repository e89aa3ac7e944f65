import { attentionReportEntity, taxpayerEntity } from '../../shared/federation/entities';

/** The dossier subgraph's share of the federated entities. */
export const DossierTaxpayer = taxpayerEntity();
export type DossierTaxpayer = InstanceType<typeof DossierTaxpayer>;

export const DossierAttentionReport = attentionReportEntity();
export type DossierAttentionReport = InstanceType<typeof DossierAttentionReport>;
