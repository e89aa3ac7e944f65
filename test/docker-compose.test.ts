import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { loadConfig } from '../shared/config';
import { DEFAULT_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '../shared/env';

// docker-compose.yml, the Dockerfile and .env.example must agree with what shared/env.ts reads.

const ROOT = resolve(__dirname, '../..'); // dist/test at run time

interface ComposeService {
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null>;
  ports?: string[];
  healthcheck?: { test?: string | string[] };
  depends_on?: Record<string, { condition?: string }>;
}

const { services } = load(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8')) as { services: Record<string, ComposeService> };
const env = (service: string, name: string) => String(services[service]?.environment?.[name] ?? '');
const words = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(' ') : (value ?? ''));
const portEnv = (name: SubgraphName) => `${name.toUpperCase()}_PORT`;
const urlEnv = (name: SubgraphName) => `${name.toUpperCase()}_URL`;

describe('docker-compose.yml', () => {
  test('the variable names compose sets are the ones shared/env.ts reads', () => {
    for (const name of SUBGRAPH_NAMES) {
      const config = loadConfig({ [portEnv(name)]: '5999', [urlEnv(name)]: 'http://elsewhere:1/graphql' });
      expect(config.ports[name]).toBe(5999);
      expect(config.subgraphs.urls[name]).toBe('http://elsewhere:1/graphql');
    }
  });

  test.each(SUBGRAPH_NAMES)('subgraph %s: default port, own entry point, private, starts after a healthy database', name => {
    const service = services[name];
    expect(env(name, portEnv(name))).toBe(String(DEFAULT_PORTS[name]));
    expect(words(service.command)).toMatch(new RegExp(`\\bnode dist/subgraphs/${name}/index\\.js$`));
    expect(existsSync(join(ROOT, 'subgraphs', name, 'index.ts'))).toBe(true);
    expect(service.ports).toBeUndefined(); // reachable only through the gateway
    expect(words(service.healthcheck?.test)).toContain(`:${DEFAULT_PORTS[name]}/health/ready`);
    expect(env(name, 'DATABASE_URL')).toMatch(/^postgres:\/\/.+@postgres:5432\/\w+$/);
    expect(service.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  test('the gateway publishes port 4000 and reaches every subgraph by service name on its default port', () => {
    const gateway = services.gateway;
    expect(gateway.ports).toContain(`4000:${DEFAULT_PORTS.gateway}`);
    expect(env('gateway', 'PORT')).toBe(String(DEFAULT_PORTS.gateway));
    expect(words(gateway.command)).toMatch(/\bnode dist\/gateway\/index\.js$/);
    expect(words(gateway.healthcheck?.test)).toContain(`:${DEFAULT_PORTS.gateway}/health/live`);
    for (const name of SUBGRAPH_NAMES) {
      expect(env('gateway', urlEnv(name))).toBe(`http://${name}:${DEFAULT_PORTS[name]}/graphql`);
      expect(gateway.depends_on?.[name]?.condition).toBe('service_healthy');
    }
  });

  test('every service has a healthcheck, and only the gateway publishes ports', () => {
    expect(Object.keys(services).sort()).toEqual(['gateway', 'postgres', ...SUBGRAPH_NAMES].sort());
    expect(Object.keys(services).filter(name => !words(services[name].healthcheck?.test).trim())).toEqual([]);
    expect(words(services.postgres.healthcheck?.test)).toContain('pg_isready');
    expect(Object.keys(services).filter(name => services[name].ports)).toEqual(['gateway']);
  });
});

describe('Dockerfile', () => {
  test('its runtime stage runs as node with the compiled code and the static supergraph', () => {
    const path = join(ROOT, 'Dockerfile');
    expect(existsSync(path)).toBe(true);
    const stages = readFileSync(path, 'utf8').split(/^FROM\s/m);
    const runtime = stages[stages.length - 1];
    expect(stages.length).toBeGreaterThan(2); // multi-stage
    expect(runtime).toMatch(/^COPY\s+schema\/?\s/m);
    expect(runtime).toMatch(/^COPY\s+--from=\S+\s+\S*dist\/?\s/m);
    expect(runtime).toMatch(/^RUN npm ci --omit=dev/m);
    expect(runtime).toMatch(/^USER node\s*$/m);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' || entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /(?<!\.test|\.d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('.env.example', () => {
  test('documents every environment variable the code reads', () => {
    const reads = /\benv(?:String|Int|Bool)\(\s*['"`]([A-Z][A-Z0-9_]*)['"`]|process\.env(?:\.([A-Z][A-Z0-9_]*)|\[\s*['"`]([A-Z][A-Z0-9_]*)['"`]\s*\])/g;
    const read = new Set<string>();
    for (const file of ['gateway', 'subgraphs', 'shared', 'scripts'].flatMap(dir => sourceFiles(join(ROOT, dir)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(reads)) read.add(match[1] ?? match[2] ?? match[3]);
    }
    expect([...read]).toEqual(expect.arrayContaining(['DATABASE_URL', 'PORT', 'LLAVERO_QUIET', 'NODE_ENV'])); // the scan works
    const documented = new Set([...readFileSync(join(ROOT, '.env.example'), 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map(m => m[1]));
    expect([...read].filter(name => !documented.has(name)).sort()).toEqual([]);
  });

  test('only shared/config.ts reads settings: every other module gets them from the config built at its entry', () => {
    const reads = /\benv(?:String|Int|Bool)\(\s*['"`][A-Z]|process\.env(?:\.[A-Z]|\[\s*['"`])/;
    const readers = ['gateway', 'subgraphs', 'shared', 'scripts']
      .flatMap(dir => sourceFiles(join(ROOT, dir)))
      .filter(file => !/\.test\.ts$/.test(file) && reads.test(readFileSync(file, 'utf8')))
      .map(file => file.slice(ROOT.length + 1));
    expect(readers).toEqual(['shared/config.ts']);
  });
});
