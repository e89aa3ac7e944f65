import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { registry } from '../shared/observability/metrics';

// docs/operations/grafana-llavero.json is imported by hand into Grafana: a renamed metric would leave a
// panel silently empty, so every name it queries is checked against the registry the services expose.

const ROOT = resolve(__dirname, '../..');

interface Panel {
  id: number;
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  gridPos: { x: number; y: number; w: number; h: number };
  targets?: Array<{ expr: string; refId: string }>;
}

const dashboard = JSON.parse(readFileSync(join(ROOT, 'docs/operations/grafana-llavero.json'), 'utf8')) as {
  uid: string;
  title: string;
  schemaVersion: number;
  panels: Panel[];
  templating: { list: Array<{ name: string; type: string; query: unknown }> };
};
const queries = dashboard.panels.flatMap(panel => (panel.targets ?? []).map(target => target.expr));
/** Every series name the queries read, whole words only. */
const queried = new Set(queries.flatMap(expr => expr.match(/\bllavero_[a-z0-9_]+/g) ?? []));
const shows = (metric: string) => [metric, `${metric}_bucket`, `${metric}_count`, `${metric}_sum`].some(name => queried.has(name));

describe('Grafana dashboard (docs/operations/grafana-llavero.json)', () => {
  test('is a Grafana 10+ dashboard with a Prometheus data source variable that every panel uses', () => {
    expect(dashboard.uid).toBe('llavero-overview');
    expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(36);
    expect(dashboard.templating.list.find(v => v.name === 'datasource')).toMatchObject({ type: 'datasource', query: 'prometheus' });
    const queried = dashboard.panels.filter(panel => panel.type !== 'row');
    expect(queried.length).toBeGreaterThan(10);
    for (const panel of queried) {
      expect(panel.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
      expect(panel.targets?.length).toBeGreaterThan(0);
      expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
    }
    expect(new Set(dashboard.panels.map(panel => panel.id)).size).toBe(dashboard.panels.length);
  });

  test('every metric it queries exists in the registry (histograms through their _bucket, _sum and _count series)', async () => {
    const metrics = await registry.getMetricsAsJSON();
    const histograms = new Set(metrics.filter(m => ['histogram', 'summary'].includes(String(m.type))).map(m => m.name));
    const names = new Set(metrics.map(m => m.name));
    const exists = (name: string) => names.has(name) || histograms.has(name.replace(/_(bucket|sum|count)$/, ''));
    expect(queried.size).toBeGreaterThan(10);
    expect([...queried].filter(name => !exists(name))).toEqual([]);
  });

  test('every metric Llavero defines itself has a panel (the default process metrics are picked)', async () => {
    const own = (await registry.getMetricsAsJSON()).map(m => m.name).filter(name => !/^llavero_(process|nodejs)_/.test(name));
    expect(own.filter(name => !shows(name))).toEqual([]);
    expect(['llavero_process_resident_memory_bytes', 'llavero_process_cpu_seconds_total', 'llavero_nodejs_eventloop_lag_p99_seconds'].filter(name => !shows(name))).toEqual([]);
  });

  test('latency panels ask for p50, p95 and p99', () => {
    for (const histogram of ['llavero_graphql_request_duration_seconds', 'llavero_subgraph_request_duration_seconds', 'llavero_audit_append_seconds']) {
      const asked = queries.filter(expr => expr.includes(`${histogram}_bucket`)).map(expr => expr.match(/histogram_quantile\((0\.\d+)/)?.[1]);
      expect(asked.sort()).toEqual(['0.5', '0.95', '0.99']);
    }
  });
});
