import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import { Pool } from 'pg';
import { envInt, envString, SUBGRAPH_NAMES, subgraphUrl, type SubgraphName } from '../shared/env';
import { formatLlaveroError } from '../shared/format-error';
import { listen, type RunningServer } from '../shared/http-server';
import { buildDossierSchema } from './dossier/schema';
import { checkReadiness } from './health';
import { landingPageHtml } from './landing-page';
import { ResilientDataSource } from './resilient-data-source';
import { loadSupergraphSdl } from './supergraph';

export interface GatewayOptions {
  /** Where each subgraph listens; defaults from SAL_URL … or the default ports. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  supergraphSdl?: string;
  /** Checked by /health/ready; defaults to DATABASE_URL. */
  databaseUrl?: string;
  /** Comma-separated origins allowed by CORS, or '*'; defaults to CORS_ORIGINS. */
  corsOrigins?: string;
}

export interface GatewayServer {
  httpServer: Server;
  listen(port: number): Promise<RunningServer>;
}

function corsOrigin(setting: string): cors.CorsOptions['origin'] {
  if (setting.trim() === '*') return true;
  return setting.split(',').map(origin => origin.trim()).filter(Boolean);
}

/** Builds (does not listen) the gateway: /graphql over a static supergraph, health endpoints, landing page. */
export async function buildGatewayServer(options: GatewayOptions = {}): Promise<GatewayServer> {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map(name => [name, options.subgraphUrls?.[name] ?? subgraphUrl(name)])) as Record<SubgraphName, string>;
  const dossierSchema = await buildDossierSchema();
  let apiSchema: GraphQLSchema | undefined;
  const timeoutMs = envInt('SUBGRAPH_TIMEOUT_MS', 10_000);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? loadSupergraphSdl(),
    buildService: ({ name, url }) =>
      name === 'dossier' ? new LocalGraphQLDataSource(dossierSchema) : new ResilientDataSource(name, urls[name as SubgraphName] ?? url!, () => apiSchema, timeoutMs),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema: schema }) => {
    apiSchema = schema;
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const databaseUrl = options.databaseUrl ?? envString('DATABASE_URL');
  const pool = databaseUrl ? new Pool({ connectionString: databaseUrl, max: 2 }) : undefined;
  const apollo = new ApolloServer({
    gateway,
    formatError: formatLlaveroError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });

  app.get('/', (_req, res) => {
    res.type('html').send(landingPageHtml());
  });
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const report = await checkReadiness(urls, pool);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });

  return {
    httpServer,
    async listen(port: number) {
      await apollo.start();
      app.use(
        '/graphql',
        cors({ origin: corsOrigin(options.corsOrigins ?? envString('CORS_ORIGINS', 'http://localhost:4000')) }),
        express.json({ limit: '1mb' }),
        expressMiddleware(apollo),
      );
      return listen(httpServer, port, '/graphql', async () => {
        await apollo.stop();
        await pool?.end();
      });
    },
  };
}
