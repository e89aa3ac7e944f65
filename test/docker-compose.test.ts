import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { load } from 'js-yaml';
import { GATEWAY_NODE_FLAGS, SUBGRAPH_NODE_FLAGS } from '../shared/node-flags';
import { loadConfig } from '../shared/config';
import { DEFAULT_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '../shared/env';

// docker-compose.yml, the Dockerfile and .env.example must agree with what shared/env.ts reads.

const ROOT = resolve(__dirname, '../..'); // dist/test at run time

interface ComposeService {
  image?: string;
  volumes?: string[];
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
const GATEWAYS = ['gateway-1', 'gateway-2'];
/** The gateway as npm start runs it: its V8 settings (RSS under load) travel with it into the image. */
const GATEWAY_COMMAND = `node ${GATEWAY_NODE_FLAGS.join(' ')} dist/gateway/index.js`;
const traefik = (file: string) => load(readFileSync(join(ROOT, 'deploy/traefik', file), 'utf8')) as Record<string, any>;

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
    expect(words(service.command)).toBe(`node ${SUBGRAPH_NODE_FLAGS.join(' ')} dist/subgraphs/${name}/index.js`);
    expect(existsSync(join(ROOT, 'subgraphs', name, 'index.ts'))).toBe(true);
    expect(service.ports).toBeUndefined(); // reachable only through the gateway
    expect(words(service.healthcheck?.test)).toContain(`:${DEFAULT_PORTS[name]}/health/ready`);
    expect(env(name, 'DATABASE_URL')).toMatch(/^postgres:\/\/.+@postgres:5432\/\w+$/);
    expect(service.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  test('the dossier subgraph runs as its own private service on its default port, with the gateways\' secrets', () => {
    const dossier = services.dossier;
    expect(loadConfig({ DOSSIER_PORT: '5998' }).ports.dossier).toBe(5998);
    expect(env('dossier', 'DOSSIER_PORT')).toBe(String(DEFAULT_PORTS.dossier));
    expect(words(dossier.command)).toBe(`node ${SUBGRAPH_NODE_FLAGS.join(' ')} dist/gateway/dossier/index.js`);
    expect(existsSync(join(ROOT, 'gateway', 'dossier', 'index.ts'))).toBe(true);
    expect(dossier.ports).toBeUndefined();
    expect(env('dossier', 'SUBGRAPH_HOST')).toBe('0.0.0.0');
    expect(words(dossier.healthcheck?.test)).toContain(`:${DEFAULT_PORTS.dossier}/health/ready`);
    for (const name of ['GATEWAY_SIGNING_SECRET', 'AUDIT_CHAIN_KEY', 'DATABASE_URL', 'REDIS_URL', 'AUDIT_CHECKPOINT_DIR']) expect(env('dossier', name)).toBe(env('gateway-1', name));
    expect(dossier.depends_on?.postgres?.condition).toBe('service_healthy');
  });

  test.each(GATEWAYS)('%s listens on the default port and reaches every subgraph by service name on its default port', replica => {
    const gateway = services[replica];
    expect(gateway.ports).toBeUndefined(); // reachable only through the load balancer
    expect(env(replica, 'PORT')).toBe(String(DEFAULT_PORTS.gateway));
    expect(words(gateway.command)).toBe(GATEWAY_COMMAND);
    expect(words(gateway.healthcheck?.test)).toContain(`:${DEFAULT_PORTS.gateway}/health/live`);
    for (const name of [...SUBGRAPH_NAMES, 'redis']) expect(gateway.depends_on?.[name]?.condition).toBe('service_healthy');
    for (const name of SUBGRAPH_NAMES) expect(env(replica, urlEnv(name))).toBe(`http://${name}:${DEFAULT_PORTS[name]}/graphql`);
  });

  test('both gateway replicas share Redis, the signing secret and the audit chain key; one proxy in front is trusted', () => {
    for (const name of ['REDIS_URL', 'GATEWAY_SIGNING_SECRET', 'AUDIT_CHAIN_KEY', 'DATABASE_URL']) {
      expect(env('gateway-1', name)).not.toBe('');
      expect(env('gateway-2', name)).toBe(env('gateway-1', name));
    }
    expect(env('gateway-1', 'REDIS_URL')).toBe('redis://redis:6379');
    expect(loadConfig({ TRUST_PROXY: env('gateway-1', 'TRUST_PROXY') }).gateway.trustProxy).toBe('1');
    for (const name of SUBGRAPH_NAMES) {
      expect(env(name, 'REDIS_URL')).toBe(env('gateway-1', 'REDIS_URL')); // nonces: a replay at another replica is refused
      expect(env(name, 'GATEWAY_SIGNING_SECRET')).toBe(env('gateway-1', 'GATEWAY_SIGNING_SECRET'));
      expect(services[name].depends_on?.redis?.condition).toBe('service_healthy');
    }
  });

  test('the load balancer is a pinned image publishing port 4000, its upstreams are the replicas on the gateway PORT, probed', () => {
    const balancer = services.loadbalancer;
    expect(balancer.image).toMatch(/^traefik:v\d+\.\d+\.\d+$/);
    expect(services.redis.image).toMatch(/^redis:\d+\.\d+\.\d+(-alpine)?$/);
    expect(balancer.ports).toEqual([`4000:${DEFAULT_PORTS.gateway}`]);
    expect(balancer.volumes).toContain('./deploy/traefik:/etc/traefik:ro');
    for (const replica of GATEWAYS) expect(balancer.depends_on?.[replica]?.condition).toBe('service_healthy');
    const staticConfig = traefik('traefik.yml');
    expect(staticConfig.entryPoints.web.address).toBe(`:${DEFAULT_PORTS.gateway}`);
    expect(staticConfig.entryPoints.web.forwardedHeaders?.insecure).toBe(false); // clients cannot write their own address
    expect(staticConfig.providers.file.filename).toBe('/etc/traefik/gateways.yml');
    const { loadBalancer } = traefik('gateways.yml').http.services.gateways;
    expect(loadBalancer.servers.map((s: { url: string }) => s.url)).toEqual(GATEWAYS.map(replica => `http://${replica}:${env(replica, 'PORT')}`));
    expect(loadBalancer.healthCheck.path).toBe('/health/live');
  });

  test('every variable compose sets is one shared/config.ts reads', () => {
    const config = readFileSync(join(ROOT, 'shared/config.ts'), 'utf8');
    const read = new Set([...config.matchAll(/\benv(?:String|Int|Bool)\(\s*'([A-Z][A-Z0-9_]*)'/g)].map(m => m[1]));
    const postgresImage = new Set(['POSTGRES_USER', 'POSTGRES_PASSWORD', 'POSTGRES_DB']);
    const set = Object.entries(services).flatMap(([name, service]) => Object.keys(service.environment ?? {}).map(variable => [name, variable]));
    expect(set.filter(([name, variable]) => !(name === 'postgres' ? postgresImage.has(variable) : read.has(variable)))).toEqual([]);
  });

  test('every service has a healthcheck, and only the load balancer publishes ports', () => {
    expect(Object.keys(services).sort()).toEqual([...GATEWAYS, 'loadbalancer', 'postgres', 'redis', 'dossier', ...SUBGRAPH_NAMES].sort());
    expect(Object.keys(services).filter(name => !words(services[name].healthcheck?.test).trim())).toEqual([]);
    expect(words(services.postgres.healthcheck?.test)).toContain('pg_isready');
    expect(words(services.redis.healthcheck?.test)).toContain('redis-cli ping');
    expect(Object.keys(services).filter(name => services[name].ports)).toEqual(['loadbalancer']);
  });
});

describe('Dockerfile', () => {
  test('its runtime stage runs the gateway as node, with its V8 settings, the compiled code and the static supergraph', () => {
    const path = join(ROOT, 'Dockerfile');
    expect(existsSync(path)).toBe(true);
    const stages = readFileSync(path, 'utf8').split(/^FROM\s/m);
    const runtime = stages[stages.length - 1];
    expect(stages.length).toBeGreaterThan(2); // multi-stage
    expect(runtime).toMatch(/^COPY\s+schema\/?\s/m);
    expect(runtime).toMatch(/^COPY\s+--from=\S+\s+\S*dist\/?\s/m);
    expect(runtime).toMatch(/^RUN npm ci --omit=dev/m);
    expect(runtime).toMatch(/^USER node\s*$/m);
    expect((JSON.parse(/^CMD\s+(\[.*\])\s*$/m.exec(runtime)?.[1] ?? '[]') as string[]).join(' ')).toBe(GATEWAY_COMMAND);
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
