import 'reflect-metadata';
import { loadConfig } from '../shared/config';
import { stopOnSignals } from '../shared/http-server';
import { buildGatewayServer } from './server';

async function main() {
  const config = loadConfig();
  const server = await buildGatewayServer({ config });
  const running = await server.listen(config.ports.gateway);
  console.log(`[gateway] Llavero listo en ${running.url}`);
  stopOnSignals('gateway', running.stop);
}

main().catch(error => {
  console.error('[gateway] no pudo iniciar:', error instanceof Error ? error.message : error);
  process.exit(1);
});
