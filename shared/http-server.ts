import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Listens on `port` (0 picks a free one) and hands back the URL and a stop function. */
export function listen(httpServer: Server, port: number, path: string, stop: () => Promise<void>): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, () => {
      const actual = (httpServer.address() as AddressInfo).port;
      resolve({ url: `http://localhost:${actual}${path}`, port: actual, stop });
    });
  });
}

/** Runs `stop` once on SIGTERM or SIGINT, then exits. */
export function stopOnSignals(name: string, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`[${name}] ${signal} recibido: cerrando conexiones…`);
    stop()
      .then(() => process.exit(0))
      .catch(error => {
        console.error(`[${name}] error al cerrar:`, error);
        process.exit(1);
      });
  };
  process.once('SIGTERM', handler);
  process.once('SIGINT', handler);
}
