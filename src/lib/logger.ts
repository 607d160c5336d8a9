import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config.js';
import type { ErrorLog, RequestLog } from './request-log.js';

/**
 * The server's log: JSON lines on standard output (one per request, one per unexpected error,
 * with its request id), pretty-printed in development when pino-pretty is installed (it is a
 * development dependency, absent from a production install).
 */
export function createLogger(config: Pick<Config, 'nodeEnv' | 'logLevel'>, destination?: DestinationStream): Logger {
  const options = { level: config.logLevel, timestamp: stdTimeFunctions.isoTime };
  if (config.nodeEnv === 'development' && !destination) {
    try {
      return pino({ ...options, transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } });
    } catch {
      // No pino-pretty: JSON lines, as in production.
    }
  }
  return destination ? pino(options, destination) : pino(options);
}

/** The server's error log as JSON lines: the message, with its request's id as a field. */
export const errorLogOf = (logger: Logger): ErrorLog => (message, requestId) => logger.error({ requestId }, message);

/** One line per GraphQL request, at info. */
export const requestLogOf = (logger: Logger): RequestLog => (entry) => logger.info(entry, 'request');
