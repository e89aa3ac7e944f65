import { GraphQLEnumType, type GraphQLSchema } from 'graphql';
import type { SubgraphName } from '../../shared/env';

// What a constancia de atención says about a RUC, read like any other dossier: the gateway asks its own
// /graphql over HTTP with the clerk's Authorization, so scopes, masking, rate limits and the audit trail
// apply as to any read. Each service's section says what it holds, that it holds nothing, or that it
// did not answer — never "no tiene" for a service that was not heard.

export const CONSTANCIA_QUERY = `query Constancia($ruc: String!) {
  taxpayer(ruc: $ruc) {
    ruc kind
    salInstitution { name status }
    salAccessKeys { status holderNames issuedAt deactivatedAt }
    salKeyRequests { kind status submittedAt decidedAt }
    systemKeyRecoveries { system channel status receivedAt resolvedAt }
    trainerCredentials { code status channel requestedAt issuedAt validUntil trainer { names } }
    iessEmployer { businessName hasEmployerKey }
    iessEmployerKeyRequests { channel status submittedAt appointmentAt }
  }
}`;

const FIELDS: Record<SubgraphName, string[]> = {
  sal: ['salInstitution', 'salAccessKeys', 'salKeyRequests'],
  sut: ['systemKeyRecoveries'],
  trainers: ['trainerCredentials'],
  iess: ['iessEmployer', 'iessEmployerKeyRequests'],
};

const TITLES: Record<SubgraphName, string> = {
  sal: 'SAL: claves del Responsable UATH (Sistema de Autorizaciones Laborales)',
  sut: 'SUT / Salarios en Línea: recuperación de claves',
  trainers: 'Capacitadores independientes: credenciales',
  iess: 'IESS: clave patronal',
};

export const UNAVAILABLE = 'No disponible (el servicio no respondió).';
const NOTHING = 'No registra trámites ni credenciales en este servicio.';

export interface ConstanciaSection {
  service: SubgraphName;
  title: string;
  state: 'ok' | 'unavailable' | 'refused';
  lines: string[];
}

export interface ConstanciaContent {
  ruc: string;
  name: string | null;
  sections: ConstanciaSection[];
}

interface GraphQLAnswer {
  data?: { taxpayer?: Record<string, any> | null } | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

const ECUADOR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'America/Guayaquil', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** Year, month, day, hour and minute in Ecuador's mainland time (UTC−5, no daylight saving). */
export function ecuadorParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  return Object.fromEntries(ECUADOR.formatToParts(date).map(p => [p.type, p.value])) as never;
}

/** dd/mm/aaaa hh:mm in Ecuador's mainland time, as a clerk reads it. */
export function ecuadorTime(value: string | Date | null | undefined, withTime = true): string {
  if (!value) return '—';
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const p = ecuadorParts(date);
  return `${p.day}/${p.month}/${p.year}${withTime ? ` ${p.hour}:${p.minute}` : ''}`;
}

/** Spanish label of an enum value: its description in the schema (shared/enum-labels.ts says why). */
export function labeller(schema: GraphQLSchema | undefined): (type: string, value: string | null | undefined) => string {
  return (type, value) => {
    if (!value) return '—';
    const enumType = schema?.getType(type);
    const description = enumType instanceof GraphQLEnumType ? enumType.getValue(value)?.description : undefined;
    return description ? description.replace(/\s+/g, ' ').trim() : value;
  };
}

function linesOf(service: SubgraphName, t: Record<string, any>, label: ReturnType<typeof labeller>): string[] {
  const list = (field: string): any[] => (Array.isArray(t[field]) ? t[field] : []);
  switch (service) {
    case 'sal':
      return [
        ...(t.salInstitution ? [`Institución registrada: ${t.salInstitution.name} (${label('SalInstitutionStatus', t.salInstitution.status)}).`] : []),
        ...list('salAccessKeys').map(k => `Clave UATH: ${label('SalAccessKeyStatus', k.status)}; titular ${k.holderNames}; emitida ${ecuadorTime(k.issuedAt)}${k.deactivatedAt ? `; desactivada ${ecuadorTime(k.deactivatedAt)}` : ''}.`),
        ...list('salKeyRequests').map(r => `Solicitud de ${label('SalKeyRequestKind', r.kind).toLowerCase()}: ${label('SalKeyRequestStatus', r.status)}; presentada ${ecuadorTime(r.submittedAt)}${r.decidedAt ? `; decidida ${ecuadorTime(r.decidedAt)}` : ''}.`),
      ];
    case 'sut':
      return list('systemKeyRecoveries').map(r => `Recuperación de clave de ${label('RecoverableSystem', r.system)}: ${label('SystemKeyRecoveryStatus', r.status)}; canal: ${label('SystemKeyRecoveryChannel', r.channel)}; recibida ${ecuadorTime(r.receivedAt)}${r.resolvedAt ? `; atendida ${ecuadorTime(r.resolvedAt)}` : ''}.`);
    case 'trainers':
      return list('trainerCredentials').map(c => `Credencial ${c.code ?? '(sin código aún)'}: ${label('TrainerCredentialStatus', c.status)}; canal: ${label('TrainerCredentialChannel', c.channel)}; solicitada ${ecuadorTime(c.requestedAt)}${c.issuedAt ? `; emitida ${ecuadorTime(c.issuedAt)}` : ''}${c.validUntil ? `; vigente hasta ${c.validUntil}` : ''}.`);
    case 'iess':
      return [
        ...(t.iessEmployer ? [`Empleador registrado: ${t.iessEmployer.businessName}; clave patronal ${t.iessEmployer.hasEmployerKey ? 'entregada' : 'no entregada'}.`] : []),
        ...list('iessEmployerKeyRequests').map(r => `Solicitud de clave patronal: ${label('IessKeyRequestStatus', r.status)}; canal: ${label('IessKeyRequestChannel', r.channel)}; presentada ${ecuadorTime(r.submittedAt)}${r.appointmentAt ? `; turno ${ecuadorTime(r.appointmentAt)}` : ''}.`),
      ];
  }
}

/** The sections of a /graphql answer: a service with an error on any of its fields is not reported on. */
export function constanciaContent(ruc: string, answer: GraphQLAnswer, schema: GraphQLSchema | undefined): ConstanciaContent {
  const taxpayer = answer.data?.taxpayer ?? {};
  const label = labeller(schema);
  const sections = (Object.keys(FIELDS) as SubgraphName[]).map((service): ConstanciaSection => {
    const failed = (answer.errors ?? []).filter(e => e.extensions?.service === service || FIELDS[service].includes(String(e.path?.[1] ?? '')));
    if (failed.some(e => e.extensions?.code === 'FORBIDDEN')) return { service, title: TITLES[service], state: 'refused', lines: ['No disponible (su usuario no puede consultar este servicio).'] };
    if (failed.length > 0) return { service, title: TITLES[service], state: 'unavailable', lines: [UNAVAILABLE] };
    const lines = linesOf(service, taxpayer, label);
    return { service, title: TITLES[service], state: 'ok', lines: lines.length > 0 ? lines : [NOTHING] };
  });
  const name: string | null =
    taxpayer.salInstitution?.name ?? taxpayer.iessEmployer?.businessName ?? (taxpayer.trainerCredentials ?? []).find((c: any) => c?.trainer?.names)?.trainer.names ?? null;
  return { ruc, name, sections };
}
