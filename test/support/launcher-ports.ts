import { freePort } from './global-setup';

/** Free ports for every process `npm start` runs (gateway, four subgraphs, the dossier service, embedded PostgreSQL). */
export interface LauncherPorts {
  port: number;
  ports: number[];
  env: Record<string, string>;
}

/** One place that knows every port setting of the launcher, so no test leaves one on its default (a clash with a running copy). */
export async function launcherPorts(): Promise<LauncherPorts> {
  const ports = await Promise.all(Array.from({ length: 7 }, () => freePort()));
  const [port, sal, sut, trainers, iess, dossier, pg] = ports;
  const env = { PORT: `${port}`, SAL_PORT: `${sal}`, SUT_PORT: `${sut}`, TRAINERS_PORT: `${trainers}`, IESS_PORT: `${iess}`, DOSSIER_PORT: `${dossier}`, EMBEDDED_PG_PORT: `${pg}` };
  return { port, ports, env };
}
