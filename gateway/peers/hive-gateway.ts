import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { listen, type RunningServer } from '../../shared/http-server';
import type { AuthConfig } from '../auth/authenticate';
import { useLlaveroSigning } from './hive-signing-plugin';

// Hive Gateway (@graphql-hive/gateway, The Guild's federation gateway) serving schema/supergraph.graphql
// over Llavero's subgraphs with the signing plugin: a benchmark peer and the proof another router can
// serve the supergraph. Its packages live in bench/ (its own lockfile and overrides), not in Llavero's.

const BENCH = resolve(__dirname, '../../../bench');

export function hiveGatewayInstalled(): boolean {
  return existsSync(join(BENCH, 'node_modules', '@graphql-hive', 'gateway', 'package.json'));
}

export interface HiveGatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL to call instead of the supergraph's routing URL (tests on free ports). */
  routeTo?: Record<string, string>;
  auth: AuthConfig;
  signingSecret: string;
  port?: number;
}

interface HiveRuntime {
  (req: unknown, res: unknown): void;
  dispose(): Promise<void> | void;
}

export async function startHiveGateway(options: HiveGatewayOptions): Promise<RunningServer> {
  if (!hiveGatewayInstalled()) throw new Error('Hive Gateway no está instalado: ejecute "npm ci --prefix bench".');
  const hive = createRequire(join(BENCH, 'package.json'))('@graphql-hive/gateway') as { createGatewayRuntime(config: Record<string, unknown>): HiveRuntime };
  const runtime = hive.createGatewayRuntime({
    supergraph: options.supergraphSdl,
    logging: 'error',
    graphqlEndpoint: '/graphql',
    landingPage: false,
    plugins: () => [useLlaveroSigning({ auth: options.auth, signingSecret: options.signingSecret, routeTo: options.routeTo })],
  });
  const httpServer = createServer(runtime as never);
  return listen(httpServer, options.port ?? 0, '/graphql', async () => {
    await new Promise(done => httpServer.close(done));
    await runtime.dispose();
  }, '127.0.0.1');
}
