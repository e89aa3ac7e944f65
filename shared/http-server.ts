import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Listens on `port` (0 picks a free one), on every address or only `host`, and hands back the URL and a stop function. */
export function listen(httpServer: Server, port: number, path: string, stop: () => Promise<void>, host?: string): Promise<RunningServer> {
  // Stopping twice (a signal during a stop, a test's cleanup after its own) waits for the one stop.
  let stopping: Promise<void> | undefined;
  const stopOnce = () => (stopping ??= stop());
  return new Promise((resolve, reject) => {
    httpServer.once('error', error => reject(listenError(error as NodeJS.ErrnoException, port)));
    const ready = () => {
      const actual = (httpServer.address() as AddressInfo).port;
      const shown = host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost';
      resolve({ url: `http://${shown}:${actual}${path}`, port: actual, stop: stopOnce });
    };
    if (host) httpServer.listen(port, host, ready);
    else httpServer.listen(port, ready);
  });
}

/** A port already taken is said plainly (another copy of Llavero is probably running). */
function listenError(error: NodeJS.ErrnoException, port: number): Error {
  if (error.code === 'EADDRINUSE') return new Error(`el puerto ${port} ya está en uso (¿otra copia de Llavero en marcha?)`);
  if (error.code === 'EACCES') return new Error(`no hay permiso para escuchar en el puerto ${port}`);
  return error;
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
