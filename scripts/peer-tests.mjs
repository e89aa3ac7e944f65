// `npm run test:peers`: installs the benchmark's peers (bench/, its own lockfile) when missing, then runs
// the tests that serve Llavero's supergraph with another router (Hive Gateway).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('bench/node_modules/@graphql-hive/gateway/package.json')) {
  console.log('[peers] instalando Hive Gateway en bench/ (npm ci --prefix bench)…');
  const install = spawnSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const run = spawnSync(process.execPath, ['node_modules/jest/bin/jest.js', '-c', 'jest.peers.config.js'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
