import { parse as parseBytes } from 'bytes';
// Typed env readers with defaults (shared/config.ts reads every setting through them, once) and the fixed names.

export interface EnvReaders {
  envString(name: string, fallback: string): string;
  envString(name: string): string | undefined;
  envInt(name: string, fallback: number): number;
  envBool(name: string, fallback: boolean): boolean;
  /** A size such as `8mb` or `512kb`, read as body-parser reads it (an unreadable one would mean no limit there). */
  envSize(name: string, fallback: string): { text: string; bytes: number };
}

/** Readers over one source of settings (shared/config.ts reads everything through these, once). */
export function envReaders(source: () => Record<string, string | undefined>): EnvReaders {
  function envString(name: string, fallback: string): string;
  function envString(name: string): string | undefined;
  function envString(name: string, fallback?: string): string | undefined {
    const value = source()[name];
    return value === undefined || value === '' ? fallback : value;
  }
  const envInt = (name: string, fallback: number): number => {
    const raw = envString(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value)) throw new Error(`La variable de entorno ${name} debe ser un número entero (valor: "${raw}").`);
    return value;
  };
  const envBool = (name: string, fallback: boolean): boolean => {
    const raw = envString(name);
    if (raw === undefined) return fallback;
    if (/^(1|true|yes|si|sí)$/i.test(raw)) return true;
    if (/^(0|false|no)$/i.test(raw)) return false;
    throw new Error(`La variable de entorno ${name} debe ser true o false (valor: "${raw}").`);
  };
  const envSize = (name: string, fallback: string): { text: string; bytes: number } => {
    const value = envString(name, fallback);
    // bytes.parse reads what it cannot match as a plain number of bytes ("8MiB" is 8): only its own units pass.
    const parsed = /^\d+(\.\d+)?(b|kb|mb|gb)$/i.test(value) ? parseBytes(value) : null;
    if (parsed === null || !Number.isFinite(parsed) || parsed < 1024) throw new Error(`La variable ${name} vale "${value}"; se espera un tamaño de al menos 1kb como 8mb o 512kb.`);
    return { text: value, bytes: parsed };
  };
  return { envString, envInt, envBool, envSize };
}

/** Default ports, fixed by the public contract (API.md). */
export const DEFAULT_PORTS = {
  gateway: 4000,
  sal: 4001,
  sut: 4002,
  trainers: 4003,
  iess: 4004,
  dossier: 4005,
} as const;

export type SubgraphName = 'sal' | 'sut' | 'trainers' | 'iess';
export const SUBGRAPH_NAMES: readonly SubgraphName[] = ['sal', 'sut', 'trainers', 'iess'];
