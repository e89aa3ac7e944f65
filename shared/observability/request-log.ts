import { processConfig } from '../config';
import { createLogger, type Logger } from './log';
import { currentScope } from './request-scope';

// Where code deep in a request (a data source, an error formatter, the SQL logger) writes: the serving
// service's pino logger with the request's id, so an operator can follow one request across services.

const fallbacks = new Map<string, Logger>();

/** Outside any request (a timer, start-up): the given logger, or one per service as LOG_LEVEL and LOG_FORMAT say. */
function processLogger(service: string): Logger {
  let logger = fallbacks.get(service);
  if (!logger) fallbacks.set(service, (logger = createLogger(service, processConfig().log)));
  return logger;
}

export function requestLog(service: string, outside?: Logger): Logger {
  const scope = currentScope();
  if (!scope?.logger) return outside ?? processLogger(service);
  // The subgraph adopts the gateway's id after checking its signature: read at each call, not bound once.
  return scope.logger.child({ reqId: scope.requestId });
}
