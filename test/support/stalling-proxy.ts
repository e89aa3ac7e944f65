import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';

// A TCP relay in front of a real server that a test can make stop answering without closing anything
// (`stall`: bytes are held, as a paused or partitioned Redis would), or drop altogether (`cut`:
// connections reset, new ones refused), then bring back (`restore`) with no byte lost or reordered.

export interface StallingProxy {
  /** host:port to give the client instead of the real server's. */
  address: string;
  stall(): void;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function stallingProxy(targetHost: string, targetPort: number): Promise<StallingProxy> {
  let mode: 'open' | 'stalled' | 'cut' = 'open';
  const pairs = new Set<[Socket, Socket]>();
  const server = createServer(client => {
    if (mode === 'cut') return void client.destroy();
    const upstream = createConnection({ host: targetHost, port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    if (mode === 'stalled') for (const socket of pair) socket.pause();
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    stall() {
      mode = 'stalled';
      for (const pair of pairs) for (const socket of pair) socket.pause();
    },
    cut() {
      mode = 'cut';
      for (const [client, upstream] of [...pairs]) (client.resetAndDestroy(), upstream.destroy());
    },
    restore() {
      mode = 'open';
      for (const pair of pairs) for (const socket of pair) socket.resume();
    },
    async close() {
      for (const [client, upstream] of [...pairs]) (client.destroy(), upstream.destroy());
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}
