import type { PinoLogger } from '@flagship/api-core';
import type { onResponseHookHandler } from 'fastify';

/**
 * One log line per GraphQL request (method, path, status, time) at `info`, written when the response
 * is sent. Costs nothing when `info` is off (decision 0007).
 */
export function requestLogging(logger: PinoLogger): onResponseHookHandler {
  return (request, reply, done) => {
    if (request.url.startsWith('/graphql') && logger.isLevelEnabled('info')) {
      logger.info(
        { req: { method: request.method, url: request.url }, res: { statusCode: reply.statusCode }, responseTime: Math.round(reply.elapsedTime) },
        'request completed',
      );
    }
    done();
  };
}
