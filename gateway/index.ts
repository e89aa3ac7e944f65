import 'reflect-metadata';
import { loadConfig } from '../shared/config';
import { startTracing } from '../shared/observability/tracing';

async function main() {
  const config = loadConfig();
  const tracing = startTracing('gateway', config.tracing);
  // Loaded after tracing starts, so its instrumentations patch express, graphql and undici.
  const { stopOnSignals } = require('../shared/http-server') as typeof import('../shared/http-server');
  const { buildGatewayServer } = require('./server') as typeof import('./server');
  const server = await buildGatewayServer({ config });
  const running = await server.listen(config.ports.gateway);
  console.log(`[gateway] Llavero listo en ${running.url}`);
  stopOnSignals('gateway', async () => {
    await running.stop();
    await tracing.stop();
  });
}

main().catch(error => {
  console.error('[gateway] no pudo iniciar:', error instanceof Error ? error.message : error);
  process.exit(1);
});
