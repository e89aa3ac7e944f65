import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { buildGatewayServer } from '../../gateway/server';
import { openSubgraphDatabase } from '../../shared/database/data-source';
import type { SubgraphName } from '../../shared/env';
import type { RunningServer } from '../../shared/http-server';
import type { SubgraphProgram } from '../../shared/run-subgraph';
import { iessProgram } from '../../subgraphs/iess/program';
import { salProgram } from '../../subgraphs/sal/program';
import { sutProgram } from '../../subgraphs/sut/program';
import { trainersProgram } from '../../subgraphs/trainers/program';
import { createTestDatabase, type TestDatabase } from './database';
import { postGraphQL } from './graphql-client';

const PROGRAMS: Record<SubgraphName, SubgraphProgram> = { sal: salProgram, sut: sutProgram, trainers: trainersProgram, iess: iessProgram };

export interface Stack {
  gatewayUrl: string;
  baseUrl: string;
  dataSources: Record<SubgraphName, DataSource>;
  subgraphUrls: Record<SubgraphName, string>;
  queryGateway<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): ReturnType<typeof postGraphQL<T>>;
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
export async function startSubgraphsAndGateway(options: { database?: TestDatabase } = {}): Promise<Stack> {
  const database: TestDatabase = options.database ?? (await createTestDatabase());
  const names = Object.keys(PROGRAMS) as SubgraphName[];
  const dataSources = {} as Record<SubgraphName, DataSource>;
  const running = {} as Record<SubgraphName, RunningServer>;
  const start = async (name: SubgraphName, port: number) => {
    const program = PROGRAMS[name];
    dataSources[name] = await openSubgraphDatabase(program.createDataSource(database.url));
    await program.seedDemoData(dataSources[name]);
    running[name] = await (await program.buildServer(dataSources[name])).listen(port);
  };
  for (const name of names) await start(name, 0);
  const subgraphUrls = Object.fromEntries(names.map(name => [name, running[name].url])) as Record<SubgraphName, string>;
  const gateway = await (await buildGatewayServer({ subgraphUrls, databaseUrl: database.url })).listen(0);
  const stopped = new Set<SubgraphName>();

  return {
    gatewayUrl: gateway.url,
    baseUrl: gateway.url.replace(/\/graphql$/, ''),
    dataSources,
    subgraphUrls,
    queryGateway: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
    async stopSubgraph(name) {
      stopped.add(name);
      await running[name].stop();
    },
    async restartSubgraph(name) {
      await start(name, running[name].port);
      stopped.delete(name);
    },
    async stop() {
      await gateway.stop();
      for (const name of names) if (!stopped.has(name)) await running[name].stop();
      for (const name of names) if (dataSources[name].isInitialized) await dataSources[name].destroy();
      await database.drop();
    },
  };
}
