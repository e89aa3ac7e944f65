import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { buildGatewayServer } from '../../gateway/server';
import { openServiceDatabase } from '../../shared/database/data-source';
import type { SubgraphName } from '../../shared/env';
import type { RunningServer } from '../../shared/http-server';
import type { SubgraphProgram } from '../../shared/run-subgraph';
import { iessProgram } from '../../subgraphs/iess/program';
import { salProgram } from '../../subgraphs/sal/program';
import { sutProgram } from '../../subgraphs/sut/program';
import { trainersProgram } from '../../subgraphs/trainers/program';
import { newDevelopmentSigningSecret } from '../../shared/auth/secrets';
import { openCheckpointStores } from '../../gateway/audit/audit-checkpoints';
import { createAuditDataSource } from '../../gateway/audit/database';
import { buildDossierServer } from '../../gateway/dossier/server';
import type { GatewayOptions } from '../../gateway/server';
import { createTestDatabase, type TestDatabase } from './database';
import { postGraphQL } from './graphql-client';
import { bearer, createTestIssuer, type TestIssuer, type TokenRequest } from './tokens';

const PROGRAMS: Record<SubgraphName, SubgraphProgram> = { sal: salProgram, sut: sutProgram, trainers: trainersProgram, iess: iessProgram };

export interface Stack {
  gatewayUrl: string;
  baseUrl: string;
  dataSources: Record<SubgraphName, DataSource>;
  subgraphUrls: Record<SubgraphName, string>;
  /** As a front-office clerk (all read scopes), unless `headers` carry another Authorization. */
  queryGateway<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): ReturnType<typeof postGraphQL<T>>;
  /** With the token of `who`, or with no token at all when `who` is null. */
  queryAs<T = Record<string, any>>(who: TokenRequest | null, query: string, variables?: Record<string, unknown>): ReturnType<typeof postGraphQL<T>>;
  issuer: TestIssuer;
  signingSecret: string;
  auditChainKey: string;
  /** The database owner's URL (migrations, and tests that play an attacker with full access). */
  databaseUrl: string;
  auditCheckpointDir: string;
  /** Runs SQL as the database owner. */
  adminQuery<T = any>(sql: string, parameters?: unknown[]): Promise<T[]>;
  /** A second gateway on the same subgraphs, database, secrets and issuer, with other settings; stopped with the stack. */
  startAnotherGateway(overrides: Partial<GatewayOptions>): Promise<RunningServer>;
  /** The dossier subgraph as its own service (what the supergraph's routing URL names); stopped with the stack. */
  startDossierService(): Promise<RunningServer>;
  /** Stops one subgraph's server, as an outage would. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on the same port. */
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The four subgraphs and the gateway on free ports with real HTTP between them, on a fresh
 * database with the demo data (as the federation test suite's startSubgraphsAndGateway does).
 */
export async function startSubgraphsAndGateway(options: { database?: TestDatabase; gateway?: GatewayOptions } = {}): Promise<Stack> {
  const database: TestDatabase = options.database ?? (await createTestDatabase());
  const signingSecret = newDevelopmentSigningSecret();
  const auditChainKey = newDevelopmentSigningSecret();
  const issuer = await createTestIssuer();
  const names = Object.keys(PROGRAMS) as SubgraphName[];
  const dataSources = {} as Record<SubgraphName, DataSource>;
  const running = {} as Record<SubgraphName, RunningServer>;
  const start = async (name: SubgraphName, port: number) => {
    const program = PROGRAMS[name];
    // As in production: migrated by the owner, served by the schema's runtime role.
    dataSources[name] = await openServiceDatabase(program.createDataSource, { admin: database.url });
    await program.seedDemoData(dataSources[name]);
    running[name] = await (await program.buildServer(dataSources[name], signingSecret)).listen(port);
  };
  for (const name of names) await start(name, 0);
  const subgraphUrls = Object.fromEntries(names.map(name => [name, running[name].url])) as Record<SubgraphName, string>;
  const auditCheckpointDir = mkdtempSync(join(tmpdir(), 'llavero-checkpoints-'));
  const gateway = await (
    await buildGatewayServer({ subgraphUrls, databaseUrl: database.url, signingSecret, auditChainKey, auditCheckpointDir, auditCheckpointIntervalMs: 200, auth: issuer.auth, ...options.gateway })
  ).listen(0);
  const others: RunningServer[] = [];
  const clerkToken = await issuer.token({ role: 'front-office', subject: 'ventanilla-quito-01' });
  const stopped = new Set<SubgraphName>();

  return {
    gatewayUrl: gateway.url,
    baseUrl: gateway.url.replace(/\/graphql$/, ''),
    dataSources,
    subgraphUrls,
    issuer,
    signingSecret,
    auditChainKey,
    databaseUrl: database.url,
    auditCheckpointDir,
    async adminQuery(sql, parameters) {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(sql, parameters)).rows;
      } finally {
        await client.end();
      }
    },
    queryGateway: (query, variables, headers) => postGraphQL(gateway.url, query, variables, { ...bearer(clerkToken), ...headers }),
    queryAs: async (who, query, variables) => postGraphQL(gateway.url, query, variables, who ? bearer(await issuer.token(who)) : {}),
    async startAnotherGateway(overrides) {
      const server = await (
        await buildGatewayServer({ subgraphUrls, databaseUrl: database.url, signingSecret, auditChainKey, auditCheckpointDir, auditCheckpointIntervalMs: 200, auth: issuer.auth, ...overrides })
      ).listen(0);
      others.push(server);
      return server;
    },
    async startDossierService() {
      const auditDataSource = await openServiceDatabase(createAuditDataSource, { admin: database.url });
      const checkpoints = await openCheckpointStores(auditCheckpointDir);
      const server = await (
        await buildDossierServer({ auditDataSource, auditChainKey, previousAuditChainKeys: [], auditCheckpoints: checkpoints, signingSecret })
      ).listen(0);
      others.push(server);
      return server;
    },
    async stopSubgraph(name) {
      stopped.add(name);
      await running[name].stop();
    },
    async restartSubgraph(name) {
      await start(name, running[name].port);
      stopped.delete(name);
    },
    async stop() {
      for (const other of others) await other.stop();
      await gateway.stop();
      for (const name of names) if (!stopped.has(name)) await running[name].stop();
      for (const name of names) if (dataSources[name].isInitialized) await dataSources[name].destroy();
      await database.drop();
      rmSync(auditCheckpointDir, { recursive: true, force: true });
    },
  };
}
