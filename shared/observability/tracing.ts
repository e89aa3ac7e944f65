import { context, trace, type Span } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import type { IncomingMessage } from 'node:http';
import { loadConfig, type LlaveroConfig } from '../config';

// OpenTelemetry traces (OTLP/HTTP), one trace per request across the gateway and the subgraphs. Started
// by each process's entry before express, graphql, pg or undici are loaded, so the instrumentations can
// patch them. Without OTEL_EXPORTER_OTLP_ENDPOINT nothing is loaded: the API's no-op tracer stays.

export interface Tracing {
  /** Sends the spans still buffered, then stops the SDK. */
  stop(): Promise<void>;
}

const NO_TRACING: Tracing = { stop: async () => undefined };
let started: Tracing | undefined;

/** Starts the SDK once per process (the test stack runs every service in one). */
export function startTracing(service: string, settings: Readonly<LlaveroConfig['tracing']>): Tracing {
  if (!settings.endpoint) return NO_TRACING;
  started ??= startSdk(service, settings, settings.endpoint);
  return started;
}

/** For a subgraph's entry: a malformed setting is left for the entry's own loadConfig to explain in Spanish. */
export function startEntryTracing(service: string): Tracing {
  try {
    return startTracing(service, loadConfig().tracing);
  } catch {
    return NO_TRACING;
  }
}

function startSdk(service: string, settings: Readonly<LlaveroConfig['tracing']>, endpoint: string): Tracing {
  // Loaded only here: a process without an endpoint never pays for the SDK.
  const { NodeSDK } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const exporter = new OTLPTraceExporter({ url: `${endpoint.replace(/\/+$/, '')}/v1/traces` });
  const sdk = new NodeSDK({
    resource: resourceFromAttributes({ 'service.name': service, 'service.namespace': settings.namespace }),
    // Host and process detectors would copy the command line into every span batch; the service is enough.
    resourceDetectors: [],
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: settings.exportDelayMs })],
    sampler: new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(settings.sampleRatio) }),
    // Metrics stay with prom-client (/metrics) and logs with pino: the SDK would otherwise export both by OTLP.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: instrumentations(),
  });
  sdk.start();
  return { stop: () => sdk.shutdown().catch(() => undefined) };
}

function instrumentations() {
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation, ExpressLayerType } = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  return [
    new HttpInstrumentation({
      // Probes and scrapes every few seconds are not requests anyone needs to follow.
      ignoreIncomingRequestHook: request => /^\/(health|metrics)/.test(request.url ?? ''),
      // A GET /graphql?query=… carries RUCs in its query string: spans keep the path only.
      requestHook: (span, request) => {
        if ('headers' in request && !('setHeader' in request)) withoutQueryString(span, request as IncomingMessage);
      },
    }),
    // A span per middleware (CORS, body parser, auth …) is a dozen per request that say little: routes only.
    new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
    // Variables and literal values are personal data (RUC, cédula, e-mail): never recorded; trivial field spans skipped.
    new GraphQLInstrumentation({ allowValues: false, ignoreTrivialResolveSpans: true, mergeItems: true, depth: 2 }),
    // SQL text only (TypeORM binds $1, $2 …): parameter values stay out of the spans.
    new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true, ignoreConnectSpans: true }),
    // The gateway calls subgraphs with undici's fetch: this span carries traceparent to them.
    new UndiciInstrumentation(),
  ];
}

function withoutQueryString(span: Span, request: IncomingMessage): void {
  const path = (request.url ?? '').split('?')[0];
  span.setAttribute('http.target', path);
  span.setAttribute('url.path', path);
  span.setAttribute('url.query', '');
  span.setAttribute('http.url', path);
}

/**
 * Names the request's server span "METHOD route": the HTTP instrumentation reads the route from here.
 * Express's instrumentation sets it for routes served through Express; a subgraph's /graphql is not
 * (subgraph-endpoint.ts). A no-op when tracing is off.
 */
export function nameRequestRoute(route: string): void {
  const metadata = getRPCMetadata(context.active());
  if (metadata?.type === RPCType.HTTP) metadata.route = route;
}

/**
 * Tags the request's server span (and the current one) with its x-request-id, so a log line leads to its
 * trace and back. A no-op when tracing is off.
 */
export function tagRequestSpan(requestId: string): void {
  const active = context.active();
  getRPCMetadata(active)?.span?.setAttribute('llavero.request_id', requestId);
  trace.getSpan(active)?.setAttribute('llavero.request_id', requestId);
}
