import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { createServer } from 'node:http';
import { IDENTITY_HEADER } from '../../shared/auth/gateway-signature';
import { listen, type RunningServer } from '../../shared/http-server';
import type { AuthConfig } from '../auth/authenticate';
import { SignedIdentity } from './signed-identity';

// A plain @apollo/gateway + @apollo/server on schema/supergraph.graphql, with nothing of Llavero's gateway
// but the identity signing the subgraphs require (no limits, audit, breaker, masking of refusals): the
// reference router of the benchmark, and proof that the supergraph's routing URLs serve as they are.

interface PlainContext {
  identity: string;
}

class SigningDataSource extends RemoteGraphQLDataSource<PlainContext> {
  constructor(service: string, url: string, signer: SignedIdentity) {
    super({
      url,
      fetcher: (async (input: string, init: RequestInit & { headers: Headers; body: string }) => {
        const headers = new Headers(init.headers as unknown as HeadersInit);
        for (const [name, value] of Object.entries(signer.headersFor(service, headers.get(IDENTITY_HEADER) ?? '', init.body))) headers.set(name, value);
        return fetch(input, { ...init, headers });
      }) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<PlainContext>): void {
    request.http?.headers.set(IDENTITY_HEADER, context.identity);
  }
}

export interface PlainGatewayOptions {
  supergraphSdl: string;
  /** Routing URLs to use instead of the supergraph's (tests on free ports); a subgraph not named keeps its own. */
  subgraphUrls?: Record<string, string>;
  auth: AuthConfig;
  signingSecret: string;
  port?: number;
}

export async function startPlainApolloGateway(options: PlainGatewayOptions): Promise<RunningServer> {
  const signer = new SignedIdentity(options.auth, options.signingSecret);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SigningDataSource(name, options.subgraphUrls?.[name] ?? url!, signer),
  });
  const apollo = new ApolloServer<PlainContext>({ gateway, csrfPrevention: true });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ limit: '8mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          return { identity: await signer.identityOf(req.headers.authorization) };
        } catch (error) {
          throw new GraphQLError((error as Error).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
      },
    }),
  );
  const httpServer = createServer(app);
  return listen(httpServer, options.port ?? 0, '/graphql', async () => {
    await apollo.stop();
    await new Promise(done => httpServer.close(done));
  }, '127.0.0.1');
}
