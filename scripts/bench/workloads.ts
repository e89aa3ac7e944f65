// What every contender is asked, the same body for each (the floor reads the operation name).

const SECTIONS: Record<string, string> = {
  sal: 'salInstitution { name status } salAccessKeys { status holderNames holderEmail }',
  sut: 'systemKeyRecoveries { system status contactEmail }',
  trainers: 'trainerCredentials { status validUntil }',
  iess: 'iessEmployer { businessName hasEmployerKey } iessEmployerKeyRequests { channel status }',
};

const REPORT_SECTIONS: Record<string, string> = {
  sal: 'salAccessKeys { month attentions complaints }',
  sut: 'systemKeyRecovery { month attentions complaints }',
  trainers: 'trainerCredentials { month attentions complaints }',
  iess: 'iessEmployerKeys { month attentions complaints }',
};

/** Each subgraph's share of a taxpayer and of the attention report, as its `_entities` selection. */
export const TAXPAYER_SECTIONS = SECTIONS;
export const REPORT_SECTIONS_BY_SUBGRAPH = REPORT_SECTIONS;

const taxpayerFields = `ruc kind ${Object.values(SECTIONS).join(' ')}`;

export const DOSSIER = `query Dossier($ruc: String!) { taxpayer(ruc: $ruc) { ${taxpayerFields} } }`;
export const BATCH = `query Lote($rucs: [String!]!) { taxpayers(rucs: $rucs) { ${taxpayerFields} } }`;
export const REPORT = `query Atenciones($from: String!, $to: String!) { attentionReport(from: $from, to: $to) { from to ${Object.values(REPORT_SECTIONS).join(' ')} } }`;

export interface Workload {
  name: string;
  label: string;
  clients: number;
  body: string;
  /** Bodies taken in turn, one per request across all clients (clerks ask for different RUCs); `body` is the first. */
  bodies?: string[];
}

/** The dossier of one RUC, a different RUC per request (no router may answer twenty clerks with one subgraph call). */
export function dossierWorkload(rucs: string[], clients: number): Workload {
  const bodies = rucs.map(ruc => JSON.stringify({ query: DOSSIER, operationName: 'Dossier', variables: { ruc } }));
  return { name: `dossier-${clients}`, label: `taxpayer (1 RUC, ${rucs.length} RUCs in turn), ${clients} client${clients > 1 ? 's' : ''}`, clients, body: bodies[0], bodies };
}

/**
 * `size` RUCs per request, a different window of `rucs` each time. With one client it measures the time of
 * one request on an otherwise idle stack (`taxpayers-500-alone`: what a clerk waits for a batch); with more,
 * what a request costs under load, queueing included.
 */
export function batchWorkload(rucs: string[], size: number, clients: number): Workload {
  const windows = Math.max(1, Math.min(50, Math.floor(rucs.length / size)));
  const bodies = Array.from({ length: windows }, (_, i) => JSON.stringify({ query: BATCH, operationName: 'Lote', variables: { rucs: rucs.slice(i * size, (i + 1) * size) } }));
  const name = clients === 1 ? `taxpayers-${size}-alone` : `taxpayers-${size}`;
  return { name, label: `taxpayers (${size} RUC per request), ${clients} client${clients > 1 ? 's' : ''}`, clients, body: bodies[0], bodies };
}

export function reportWorkload(from: string, to: string, rows: string, clients: number): Workload {
  return { name: `report-${rows}`, label: `attentionReport ${from}..${to} at ${rows} request rows, ${clients} clients`, clients, body: JSON.stringify({ query: REPORT, operationName: 'Atenciones', variables: { from, to } }) };
}
