// Runs the browser tier when Chromium is installed. In CI a missing browser fails the run; on a
// developer's machine without it the tier is reported as not run, with how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const message = `Chromium no está en ${chromium}: las pruebas de navegador no se ejecutaron (instálelo con "apt-get install -y chromium" o defina CHROMIUM_PATH).`;
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}
const run = spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', '-c', 'jest.browser.config.js'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
