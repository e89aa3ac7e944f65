import { randomUUID } from 'node:crypto';
import { cedulaCheckDigit } from '../../shared/identifiers';
import { graphql, Scenario, type Answer } from './client';
import type { FaultStack } from './stack';

// Fifty reviewers deciding one request at once: exactly one decision wins, the others are told CONFLICT,
// and the request's history shows one decision. Then mutations replayed with one Idempotency-Key: one write.

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(64, 7), Buffer.from([0xff, 0xd9])]).toString('base64');
const DECIDERS = 50;

/** A fresh valid cédula for this run (Pichincha, never a demo one). */
function freshCedula(): string {
  const firstNine = `173${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  return `${firstNine}${cedulaCheckDigit(firstNine)}`;
}

const SUBMIT = 'mutation Solicitar($input: SubmitSystemKeyRecoveryInput!) { submitSystemKeyRecovery(input: $input) { id status } }';
const recoveryInput = (ruc: string) => ({
  requesterRuc: ruc,
  system: 'SUT',
  channel: 'PRESENCIAL',
  attentionPointCode: 'guayaquil',
  contactEmail: 'contabilidad@comercio-demo.ec',
  documents: [
    { kind: 'RUC_CERTIFICATE', fileName: 'ruc.pdf', contentBase64: PDF },
    { kind: 'SIGNED_REQUEST', fileName: 'solicitud.jpg', contentBase64: JPEG },
  ],
});

function judge(scenario: Scenario, what: string, answers: Answer[], field: string, decisions: string[], history: Array<{ toStatus: string }> | undefined) {
  const wins = answers.filter(a => a.status === 200 && a.codes.length === 0 && a.body?.data?.[field]);
  const conflicts = answers.filter(a => a.codes.length === 1 && a.codes[0] === 'CONFLICT');
  const other = answers.filter(a => !wins.includes(a) && !conflicts.includes(a));
  scenario.figure(`${what}: decisiones enviadas a la vez`, answers.length);
  scenario.figure(`${what}: aceptadas / CONFLICT / otras`, `${wins.length} / ${conflicts.length} / ${other.length}`);
  scenario.check(`${what}: exactamente una decisión gana y las demás reciben CONFLICT`, wins.length === 1 && conflicts.length === answers.length - 1, { wins: wins.length, conflicts: conflicts.length, other: other.slice(0, 2).map(a => [a.status, a.codes]) });
  const decided = (history ?? []).filter(h => decisions.includes(h.toStatus));
  scenario.check(`${what}: el historial de la solicitud muestra una sola decisión`, decided.length === 1, history);
}

export async function concurrentDecisions(stack: FaultStack): Promise<Scenario> {
  const scenario = new Scenario('50 decisiones simultáneas sobre una solicitud');
  const clerk = await stack.token('front-office', 'faults-ventanilla');
  const reviewers = await Promise.all(Array.from({ length: DECIDERS }, (_, i) => stack.token('reviewer', `faults-revisor-${i}`)));
  const url = stack.gatewayUrl;

  // SUT: half the reviewers resolve, half reject, all at once.
  const ruc = `${freshCedula()}001`;
  const submitted = await graphql(url, scenario, clerk, SUBMIT, { input: recoveryInput(ruc) });
  const id = submitted.body?.data?.submitSystemKeyRecovery?.id;
  scenario.check('SUT: la solicitud de recuperación se registra', !!id, submitted.body?.errors);
  if (id) {
    const answers = await Promise.all(
      reviewers.map((token, i) =>
        i % 2 === 0
          ? graphql(url, scenario, token, 'mutation ($id: String!) { decision: resolveSystemKeyRecovery(id: $id) { status } }', { id })
          : graphql(url, scenario, token, 'mutation ($id: String!) { decision: rejectSystemKeyRecovery(id: $id, reason: "El RUC no está activo.") { status } }', { id }),
      ),
    );
    const dossier = await graphql(url, scenario, clerk, 'query ($ruc: String!) { taxpayer(ruc: $ruc) { systemKeyRecoveries { id history { toStatus } } } }', { ruc });
    const history = dossier.body?.data?.taxpayer?.systemKeyRecoveries?.find((r: { id: string }) => r.id === id)?.history;
    judge(scenario, 'SUT resolver/rechazar', answers, 'decision', ['RESOLVED', 'REJECTED'], history);
  }

  // Trainers: fifty reviewers issue the same credential at once.
  const cedula = freshCedula();
  await graphql(url, scenario, reviewers[0], 'mutation ($i: RegisterQualifiedTrainerInput!) { registerQualifiedTrainer(input: $i) { cedula } }', {
    i: { cedula, names: 'Prueba de Fallas Concurrentes', resolutionNumber: 'MDT-DCRCO-2026-0301-R', resolutionDate: '2026-10-02' },
  });
  const requested = await graphql(url, scenario, clerk, 'mutation ($i: RequestTrainerCredentialInput!) { requestTrainerCredential(input: $i) { id } }', {
    i: { cedula, channel: 'EMAIL', email: 'fallas.capacitador@correo.ec', photo: { fileName: 'foto.jpg', contentBase64: JPEG }, qualificationResolution: { fileName: 'resolucion.pdf', contentBase64: PDF } },
  });
  const credentialId = requested.body?.data?.requestTrainerCredential?.id;
  scenario.check('capacitadores: la solicitud de credencial se registra', !!credentialId, requested.body?.errors);
  if (credentialId) {
    const answers = await Promise.all(reviewers.map(token => graphql(url, scenario, token, 'mutation ($id: String!) { decision: issueTrainerCredential(id: $id) { status } }', { id: credentialId })));
    const dossier = await graphql(url, scenario, clerk, 'query ($ruc: String!) { taxpayer(ruc: $ruc) { trainerCredentials { id history { toStatus } } } }', { ruc: `${cedula}001` });
    const history = dossier.body?.data?.taxpayer?.trainerCredentials?.find((c: { id: string }) => c.id === credentialId)?.history;
    judge(scenario, 'capacitadores emitir', answers, 'decision', ['ISSUED'], history);
  }
  scenario.check('ninguna respuesta 5xx', ![...scenario.statuses.keys()].some(k => /^(5|0 )/.test(k)), [...scenario.statuses.keys()]);
  return scenario;
}

export async function idempotentReplays(stack: FaultStack): Promise<Scenario> {
  const scenario = new Scenario('reintentos con la misma Idempotency-Key');
  const clerk = await stack.token('front-office', 'faults-reintentos');
  const url = stack.gatewayUrl;
  const COMPLAINT = 'mutation Queja($summary: String!) { recordSutComplaint(summary: $summary) { month complaints } }';
  const rows = async (summary: string) => Number((await stack.sql<{ n: number }>('SELECT count(*)::int AS n FROM sut.complaint WHERE summary = $1', [summary]))[0].n);

  const sequential = `faults-idem-seq-${randomUUID()}`;
  const key = randomUUID();
  const answers: Answer[] = [];
  for (let i = 0; i < 20; i += 1) answers.push(await graphql(url, scenario, clerk, COMPLAINT, { summary: sequential }, { 'idempotency-key': key }));
  const same = answers.every(a => a.status === 200 && JSON.stringify(a.body) === JSON.stringify(answers[0].body));
  scenario.figure('reintentos en serie / filas escritas', `${answers.length} / ${await rows(sequential)}`);
  scenario.check('20 reintentos en serie: una sola escritura y la misma respuesta 200 cada vez', same && (await rows(sequential)) === 1, answers.slice(0, 2).map(a => [a.status, a.codes]));

  const concurrent = `faults-idem-par-${randomUUID()}`;
  const parallelKey = randomUUID();
  const parallel = await Promise.all(Array.from({ length: 30 }, () => graphql(url, scenario, clerk, COMPLAINT, { summary: concurrent }, { 'idempotency-key': parallelKey })));
  const waitTold = parallel.filter(a => a.status === 409 && a.codes[0] === 'CONFLICT').length;
  scenario.figure('reintentos simultáneos / 200 / 409 en curso / filas', `${parallel.length} / ${parallel.filter(a => a.status === 200).length} / ${waitTold} / ${await rows(concurrent)}`);
  scenario.check('30 reintentos simultáneos: una sola escritura; cada respuesta es 200 o 409 CONFLICT (en curso)', (await rows(concurrent)) === 1 && parallel.every(a => a.status === 200 || (a.status === 409 && a.codes[0] === 'CONFLICT')), parallel.filter(a => a.status !== 200).slice(0, 2).map(a => [a.status, a.codes]));

  const ruc = `${freshCedula()}001`;
  const submitKey = randomUUID();
  const submits: Answer[] = [];
  for (let i = 0; i < 10; i += 1) submits.push(await graphql(url, scenario, clerk, SUBMIT, { input: recoveryInput(ruc) }, { 'idempotency-key': submitKey }));
  const recoveries = Number((await stack.sql<{ n: number }>('SELECT count(*)::int AS n FROM sut.recovery_request WHERE requester_ruc = $1', [ruc]))[0].n);
  const ids = new Set(submits.map(a => a.body?.data?.submitSystemKeyRecovery?.id));
  scenario.figure('solicitud SUT reenviada / solicitudes registradas', `${submits.length} / ${recoveries}`);
  scenario.check('10 reenvíos de una solicitud SUT con una clave: una solicitud, el mismo id en cada respuesta', recoveries === 1 && ids.size === 1 && !ids.has(undefined), { recoveries, ids: [...ids] });
  return scenario;
}
