import 'reflect-metadata';
import { envInt, DEFAULT_PORTS } from '../shared/env';
import { stopOnSignals } from '../shared/http-server';
import { buildGatewayServer } from './server';

async function main() {
  const server = await buildGatewayServer();
  const running = await server.listen(envInt('PORT', DEFAULT_PORTS.gateway));
  console.log(`[gateway] Llavero listo en ${running.url}`);
  stopOnSignals('gateway', running.stop);
}

main().catch(error => {
  console.error('[gateway] no pudo iniciar:', error instanceof Error ? error.message : error);
  process.exit(1);
});
