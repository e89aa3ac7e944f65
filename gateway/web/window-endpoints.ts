import type { Express } from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { LlaveroConfig } from '../../shared/config';
import type { AuthConfig } from '../auth/authenticate';
import { mountSessionRoutes } from '../auth/session-routes';
import type { RateLimiter } from '../limits/rate-limiter';
import type { SignInLimits } from '../limits/sign-in-limits';
import { mountConstancia } from './constancia-routes';
import { mountWebPages } from './pages';

// Everything the gateway serves for the two web pages besides /graphql: the pages and their assets,
// the clerk's session (sign-in, who, sign-out) and the constancia de atención with its verification.

export interface WindowEndpointDeps {
  auth: AuthConfig;
  config: Readonly<LlaveroConfig>;
  audit: DataSource;
  apiSchema: () => GraphQLSchema | undefined;
  addressLimiter: RateLimiter;
  signIn: SignInLimits;
}

export function mountWindowEndpoints(app: Express, httpServer: Server, deps: WindowEndpointDeps): void {
  mountWebPages(app);
  mountSessionRoutes(app, deps.auth, deps.config, deps.addressLimiter, deps.signIn);
  mountConstancia(app, {
    auth: deps.auth,
    audit: deps.audit,
    // Loopback to this very process, on whichever port it listens.
    graphqlUrl: () => `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`,
    apiSchema: deps.apiSchema,
    addressLimiter: deps.addressLimiter,
    timeoutMs: deps.config.subgraphs.timeoutMs + 5_000,
  });
}
