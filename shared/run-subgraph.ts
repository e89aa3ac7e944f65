import type { DataSource } from 'typeorm';
import { signingSecretFromEnv } from './auth/secrets';
import { openServiceDatabase } from './database/data-source';
import { loadConfig } from './config';
import type { SubgraphName } from './env';
import { startOutboxSender, transportFrom } from './outbox/outbox';
import { stopOnSignals } from './http-server';
import type { Tracing } from './observability/tracing';
import { createLogger } from './observability/log';
import type { SubgraphServer, SubgraphServerExtras } from './subgraph-server';

export interface SubgraphProgram {
  name: SubgraphName;
  createDataSource(url: string): DataSource;
  seedDemoData(dataSource: DataSource): Promise<void>;
  buildServer(dataSource: DataSource, signingSecret: string, extras?: SubgraphServerExtras): Promise<SubgraphServer>;
  /** Runs the outbox sender loop (the subgraph's schema has an outbox_message table). */
  sendsMail?: boolean;
}

/** What every subgraph's index.ts does: migrate, seed the demo data once, listen, stop cleanly on SIGTERM. */
export async function runSubgraph(program: SubgraphProgram, tracing?: Tracing): Promise<void> {
  const config = loadConfig();
  const urls = { admin: config.database.ownerUrl, runtime: config.database.runtimeUrls[program.name] };
  if (!urls.admin && !urls.runtime) {
    console.error(`[${program.name}] Falta DATABASE_URL. Use "npm start", que inicia la base de datos incorporada, o defina DATABASE_URL.`);
    process.exit(1);
  }
  const signingSecret = signingSecretFromEnv(config);
  // Requests run as the schema's runtime role; with DATABASE_URL the owner migrates first.
  const dataSource = await openServiceDatabase(program.createDataSource, urls);
  if (config.database.demoData) await program.seedDemoData(dataSource);
  const server = await program.buildServer(dataSource, signingSecret);
  const running = await server.listen(config.ports[program.name], config.subgraphs.host);
  console.log(`[${program.name}] subgrafo listo en ${running.url}`);
  const { mail } = config;
  const settings = { service: program.name, logger: createLogger(program.name, config.log), maxAttempts: mail.outboxMaxAttempts, backoffMs: mail.outboxBackoffMs, backoffCapMs: mail.outboxBackoffCapMs, uncertainAfterMs: mail.outboxUncertainAfterMs };
  const stopSender = program.sendsMail ? startOutboxSender(dataSource, transportFrom(config), settings, mail.outboxIntervalMs) : async () => undefined;
  stopOnSignals(program.name, async () => {
    await stopSender();
    await running.stop();
    await tracing?.stop();
  });
}

export function exitOnStartupError(name: string) {
  return (error: unknown) => {
    console.error(`[${name}] no pudo iniciar:`, error instanceof Error ? error.message : error);
    process.exit(1);
  };
}
