import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { openServiceDatabase } from '../../shared/database/data-source';
import type { RunningServer } from '../../shared/http-server';
import type { SubgraphProgram } from '../../shared/run-subgraph';
import { createTestDatabase, type TestDatabase } from './database';
import { randomUUID } from 'node:crypto';
import { newDevelopmentSigningSecret } from '../../shared/auth/secrets';
import { effectiveScopes, type Identity } from '../../shared/auth/identity';
import { postGraphQL, postSigned } from './graphql-client';

export interface SubgraphUnderTest {
  dataSource: DataSource;
  url: string;
  signingSecret: string;
  databaseUrl: string;
  query: <T = Record<string, any>>(query: string, variables?: Record<string, unknown>) => ReturnType<typeof postGraphQL<T>>;
  entities: (representations: Array<Record<string, unknown>>, selection: string) => Promise<any[]>;
  stop(): Promise<void>;
}

/** One subgraph on a fresh database (migrated, demo data seeded), served over HTTP on a free port. */
export async function startSubgraph(program: SubgraphProgram): Promise<SubgraphUnderTest> {
  const database: TestDatabase = await createTestDatabase();
  const dataSource = await openServiceDatabase(program.createDataSource, { admin: database.url });
  await program.seedDemoData(dataSource);
  const signingSecret = newDevelopmentSigningSecret();
  const server: RunningServer = await (await program.buildServer(dataSource, signingSecret)).listen(0);
  const clerk: Identity = { subject: 'test-clerk', role: 'front-office', scopes: effectiveScopes('front-office', []), agency: null, trustedOperationsOnly: false, requestId: randomUUID() };
  const query: SubgraphUnderTest['query'] = (q, variables) => postSigned(server.url, signingSecret, program.name, clerk, q, variables);
  return {
    dataSource,
    databaseUrl: database.url,
    url: server.url,
    signingSecret,
    query,
    async entities(representations, selection) {
      const result = await query(`query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`, { r: representations });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!._entities;
    },
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}
