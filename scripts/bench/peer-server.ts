import 'reflect-metadata';
import { authConfigFromEnv } from '../../gateway/auth/authenticate';
import { startHiveGateway } from '../../gateway/peers/hive-gateway';
import { startPlainApolloGateway } from '../../gateway/peers/plain-apollo-gateway';
import { SignedIdentity } from '../../gateway/peers/signed-identity';
import { loadSupergraphSdl } from '../../gateway/supergraph';
import { signingSecretFromEnv } from '../../shared/auth/secrets';
import { loadConfig } from '../../shared/config';
import type { RunningServer } from '../../shared/http-server';
import { startFloor } from './floor';

// One benchmark peer in its own process (argv: kind, then the subgraphs' URLs as JSON): `plain` (@apollo/gateway + @apollo/server), `hive` (Hive
// Gateway) or `floor` (no router). Same supergraph file, subgraphs, secret and token keys as Llavero.

async function main(): Promise<void> {
  const kind = process.argv[2];
  const config = loadConfig();
  const auth = await authConfigFromEnv(config);
  const signingSecret = signingSecretFromEnv(config);
  const subgraphUrls = JSON.parse(process.argv[3] ?? '{}') as Record<string, string>;
  const supergraphSdl = loadSupergraphSdl();
  let server: RunningServer;
  if (kind === 'plain') server = await startPlainApolloGateway({ supergraphSdl, subgraphUrls, auth, signingSecret });
  else if (kind === 'hive') server = await startHiveGateway({ supergraphSdl, routeTo: subgraphUrls, auth, signingSecret });
  else if (kind === 'floor') server = await startFloor(subgraphUrls, new SignedIdentity(auth, signingSecret));
  else throw new Error(`par desconocido: ${kind}`);
  console.log(`[${kind}] listo en ${server.url}`);
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
