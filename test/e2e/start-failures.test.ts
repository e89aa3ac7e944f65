import { spawn } from 'node:child_process';
import { launcherPorts } from '../support/launcher-ports';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../support/global-setup';

// `npm start` that cannot start says why in one Spanish line naming the cause and the fix, exits 1, and
// leaves nothing running: a port in use (another copy), a database that refuses, a bad setting.

const ROOT = resolve(__dirname, '../../..');

async function launchExpectingFailure(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string; ports: number[] }> {
  const { ports, env: portsEnv } = await launcherPorts();
  const home = mkdtempSync(join(tmpdir(), 'llavero-home-'));
  const base: NodeJS.ProcessEnv = { ...process.env, LLAVERO_HOME: home, ...portsEnv, LLAVERO_QUIET: 'true' };
  delete base.DATABASE_URL;
  const child = spawn(process.execPath, [join(ROOT, 'dist/scripts/start.js')], { env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', chunk => (output += chunk));
  child.stderr!.on('data', chunk => (output += chunk));
  const code = await new Promise<number | null>((done, fail) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), fail(new Error(`npm start did not stop in 45 s:\n${output}`))), 45_000);
    child.once('exit', exitCode => (clearTimeout(timer), done(exitCode)));
  });
  rmSync(home, { recursive: true, force: true });
  return { code, output, ports };
}

/** The one line the launcher printed about the failure. */
const failureLine = (output: string) => output.split('\n').find(line => line.startsWith('[start] no se pudo iniciar Llavero: ')) ?? `(no failure line)\n${output}`;

describe('npm start explains why it cannot start', () => {
  test('a port already in use (another copy running) is named with the setting that moves it', async () => {
    const taken = await freePort();
    const other = createServer().listen(taken);
    await new Promise(resolve => other.once('listening', resolve));
    try {
      const { code, output } = await launchExpectingFailure({ PORT: `${taken}` });
      expect(code).toBe(1);
      expect(failureLine(output)).toBe(
        `[start] no se pudo iniciar Llavero: el puerto ${taken} (la pasarela) ya está en uso: probablemente otra copia de Llavero está en marcha (deténgala con Ctrl+C) o defina PORT con otro puerto.`,
      );
      expect(output).not.toMatch(/undefined|PostgreSQL incorporado en/);
    } finally {
      other.close();
    }
  });

  test('a subgraph port in use names that subgraph and its setting', async () => {
    const taken = await freePort();
    const other = createServer().listen(taken, '127.0.0.1');
    await new Promise(resolve => other.once('listening', resolve));
    try {
      const { code, output } = await launchExpectingFailure({ IESS_PORT: `${taken}` });
      expect(code).toBe(1);
      expect(failureLine(output)).toMatch(new RegExp(`el puerto ${taken} \\(el subgrafo iess\\) ya está en uso: .* defina IESS_PORT con otro puerto\\.$`));
    } finally {
      other.close();
    }
  });

  test('a DATABASE_URL nobody answers at names the server and DATABASE_URL', async () => {
    const closed = await freePort();
    const { code, output } = await launchExpectingFailure({ DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}/llavero` });
    expect(code).toBe(1);
    expect(failureLine(output)).toBe(
      `[start] no se pudo iniciar Llavero: PostgreSQL no responde en 127.0.0.1:${closed} (DATABASE_URL): inícielo, o corrija DATABASE_URL; sin DATABASE_URL, npm start usa su PostgreSQL incorporado.`,
    );
  });

  test('a database that does not exist is named, with how to create it', async () => {
    const admin = new URL(process.env.LLAVERO_TEST_ADMIN_URL!);
    admin.pathname = '/no_existe_llavero';
    const { code, output } = await launchExpectingFailure({ DATABASE_URL: admin.toString() });
    expect(code).toBe(1);
    expect(failureLine(output)).toMatch(/la base de datos "no_existe_llavero" no existe en .*: créela \(createdb no_existe_llavero\) o corrija DATABASE_URL\.$/);
  });

  test.each([
    ['LOG_LEVEL', 'ruidoso', /LOG_LEVEL vale "ruidoso"; valores admitidos: fatal, error, warn, info, debug, trace, silent/],
    ['VENTANILLA_IDLE_SECONDS', '5', /VENTANILLA_IDLE_SECONDS debe estar entre 30 y 3600/],
    ['PORT', 'cuatro mil', /PORT.*cuatro mil/],
    // body-parser reads an unreadable size as no limit at all.
    ['MAX_BODY_SIZE', 'ocho megas', /MAX_BODY_SIZE vale "ocho megas"; se espera un tamaño de al menos 1kb como 8mb o 512kb/],
    // …and reads a size it cannot match as that many bytes: "8MiB" would be 8.
    ['MAX_BODY_SIZE', '8MiB', /MAX_BODY_SIZE vale "8MiB"/],
  ])('a bad setting (%s=%s) is named before anything starts', async (name, value, message) => {
    const { code, output } = await launchExpectingFailure({ [name]: value });
    expect(code).toBe(1);
    expect(failureLine(output)).toMatch(message);
    expect(output).not.toMatch(/undefined|PostgreSQL incorporado en/);
  });
});
