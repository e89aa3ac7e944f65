import { loadConfig } from '../config';
import { startTracing } from './tracing';

// The tracing settings as an operator writes them in the environment.

describe('tracing settings', () => {
  test('off by default: no endpoint, every trace kept when one is set, batches every 5 s', () => {
    expect(loadConfig({}).tracing).toEqual({ endpoint: undefined, namespace: 'llavero', sampleRatio: 1, exportDelayMs: 5_000 });
  });

  test('read from the OpenTelemetry variables', () => {
    const tracing = loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAMESPACE: 'mdt', OTEL_TRACES_SAMPLER_ARG: '0.25', OTEL_BSP_SCHEDULE_DELAY: '1000' }).tracing;
    expect(tracing).toEqual({ endpoint: 'http://collector:4318', namespace: 'mdt', sampleRatio: 0.25, exportDelayMs: 1_000 });
  });

  test.each(['1.5', '-0.1', 'todo'])('a share of traces of %s is refused in Spanish, naming the variable', value => {
    expect(() => loadConfig({ OTEL_TRACES_SAMPLER_ARG: value })).toThrow(/OTEL_TRACES_SAMPLER_ARG debe estar entre 0 y 1/);
  });

  test('without an endpoint, starting tracing is a no-op that stops at once', async () => {
    await expect(startTracing('gateway', loadConfig({}).tracing).stop()).resolves.toBeUndefined();
  });
});
