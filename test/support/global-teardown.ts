import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__llaveroTestDatabase;
  if (state?.home) rmSync(state.home, { recursive: true, force: true });
  if (!state?.server) return;
  await state.server.stop();
  if (state.dir) rmSync(state.dir, { recursive: true, force: true });
}
