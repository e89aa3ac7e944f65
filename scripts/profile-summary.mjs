// Summarises a V8 CPU profile (node --cpu-prof; `npm run bench -- --profile gateway`): self time by
// function and by package, so a hot spot is named without opening a flame-graph viewer.
//   node scripts/profile-summary.mjs bench/profiles/gateway-….cpuprofile [top]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const top = Number(topArg ?? 30);
const nodes = new Map(profile.nodes.map(n => [n.id, n]));
const selfTime = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
  total += dt;
});
const where = url => url.replace(/.*node_modules\//, '').replace(/.*\/dist\//, 'dist/');
const pkg = (url, name) => (url.includes('node_modules/') ? url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : url.includes('/dist/') ? url.replace(/.*\/dist\/([^/]+\/[^/]+).*/, 'dist/$1') : url || name);
const byFunction = new Map();
const byPackage = new Map();
for (const [id, time] of selfTime) {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  const fn = `${functionName || '(anonymous)'} ${where(url)}:${lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + time);
  const p = pkg(url, functionName);
  byPackage.set(p, (byPackage.get(p) ?? 0) + time);
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, time] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((time / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
print('Self time by package', byPackage);
print('Self time by function', byFunction);
