import type { PinoLogger } from '@flagship/api-core';
import type { NextFunction, Request, Response } from 'express';

/**
 * One log line per GraphQL request (method, path, status, time) at `info`. Costs nothing when `info`
 * is off; pino-http, which it replaces, built a child logger and serialised the request either way
 * (about 4% of catalog-page throughput, decision 0007).
 */
export function requestLogging(logger: PinoLogger): (req: Request, res: Response, next: NextFunction) => void {
  return (req, res, next) => {
    if (!req.url.startsWith('/graphql') || !logger.isLevelEnabled('info')) return next();
    const started = performance.now();
    res.once('finish', () => {
      logger.info(
        { req: { method: req.method, url: req.url }, res: { statusCode: res.statusCode }, responseTime: Math.round(performance.now() - started) },
        'request completed',
      );
    });
    next();
  };
}
