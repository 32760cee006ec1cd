import { createRequire } from 'node:module';
import type { LoggerService } from '@nestjs/common';
import { pino, stdSerializers, type DestinationStream, type Logger as PinoLogger, type LoggerOptions } from 'pino';

export type { PinoLogger };

/**
 * Logs on stdout: JSON lines (one per event, ready for any log shipper) or, for a person at a
 * terminal, pino-pretty's readable lines.
 */
export function createLogger(options: { level?: string; name?: string; pretty?: boolean } = {}): PinoLogger {
  const config: LoggerOptions = {
    name: options.name ?? 'flagship',
    level: options.level ?? 'info',
    redact: { paths: ['req.headers.cookie', 'res.headers["set-cookie"]', '*.password'], censor: '[redacted]' },
    serializers: { err: serializeError },
  };
  return options.pretty ? pino(config, prettyStream()) : pino(config);
}

/**
 * pino-pretty formats in this thread and writes synchronously, so the last lines before an exit are
 * never lost. It is loaded only when asked for: JSON logging (production) never loads it.
 */
function prettyStream(): DestinationStream {
  const pretty = createRequire(import.meta.url)('pino-pretty') as typeof import('pino-pretty');
  return pretty({ colorize: true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,name,context', messageFormat: '{if context}[{context}] {end}{msg}' });
}

// Nest's start-up chatter (one line per module and route) is debug detail, not news.
const BOOTSTRAP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'GraphQLModule']);

/**
 * Errors without the values they carry: a failed query's `parameters` and the driver's `detail`
 * can hold password hashes, token hashes and email addresses. The SQL text stays, for debugging.
 */
export function serializeError(error: Error): ReturnType<typeof stdSerializers.err> {
  const serialized = stdSerializers.err(error) as ReturnType<typeof stdSerializers.err> & Record<string, unknown>;
  delete serialized.parameters;
  delete serialized.driverError;
  delete serialized.detail;
  return serialized;
}

/** Nest's own messages (bootstrap, route mapping, errors) through the same pino logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: PinoLogger) {}

  log(message: unknown, context?: string) {
    if (context && BOOTSTRAP_CONTEXTS.has(context)) this.logger.debug({ context }, String(message));
    else this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string) {
    this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string) {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string) {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string) {
    this.logger.trace({ context }, String(message));
  }
}
