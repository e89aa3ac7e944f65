import { resolve } from 'node:path';

// Typed env readers with defaults: every setting Llavero reads goes through here (listed in .env.example).

export function envString(name: string, fallback: string): string;
export function envString(name: string): string | undefined;
export function envString(name: string, fallback?: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? fallback : value;
}

export function envInt(name: string, fallback: number): number {
  const raw = envString(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`La variable de entorno ${name} debe ser un número entero (valor: "${raw}").`);
  return value;
}

export function envBool(name: string, fallback: boolean): boolean {
  const raw = envString(name);
  if (raw === undefined) return fallback;
  if (/^(1|true|yes|si|sí)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new Error(`La variable de entorno ${name} debe ser true o false (valor: "${raw}").`);
}

/** Default ports, fixed by the public contract (API.md). */
export const DEFAULT_PORTS = {
  gateway: 4000,
  sal: 4001,
  sut: 4002,
  trainers: 4003,
  iess: 4004,
} as const;

export type SubgraphName = 'sal' | 'sut' | 'trainers' | 'iess';
export const SUBGRAPH_NAMES: readonly SubgraphName[] = ['sal', 'sut', 'trainers', 'iess'];

const PORT_ENV: Record<SubgraphName, string> = {
  sal: 'SAL_PORT',
  sut: 'SUT_PORT',
  trainers: 'TRAINERS_PORT',
  iess: 'IESS_PORT',
};
const URL_ENV: Record<SubgraphName, string> = {
  sal: 'SAL_URL',
  sut: 'SUT_URL',
  trainers: 'TRAINERS_URL',
  iess: 'IESS_URL',
};

export function subgraphPort(name: SubgraphName): number {
  return envInt(PORT_ENV[name], DEFAULT_PORTS[name]);
}

/** Where the gateway finds a subgraph: SAL_URL … or localhost on the subgraph's port. */
export function subgraphUrl(name: SubgraphName): string {
  return envString(URL_ENV[name], `http://localhost:${subgraphPort(name)}/graphql`);
}

/** Where Llavero keeps local state (embedded database, development keys, .eml files): .llavero/ in the repository. */
export function llaveroHome(): string {
  return envString('LLAVERO_HOME', resolve(__dirname, '../../.llavero'));
}

export function isProduction(): boolean {
  return envString('NODE_ENV') === 'production';
}

/** The runtime role's connection of one service (SAL_DATABASE_URL … GATEWAY_DATABASE_URL); `npm start` sets them. */
export function serviceDatabaseUrl(service: SubgraphName | 'gateway'): string | undefined {
  const urls = {
    gateway: envString('GATEWAY_DATABASE_URL'),
    sal: envString('SAL_DATABASE_URL'),
    sut: envString('SUT_DATABASE_URL'),
    trainers: envString('TRAINERS_DATABASE_URL'),
    iess: envString('IESS_DATABASE_URL'),
  };
  return urls[service];
}
