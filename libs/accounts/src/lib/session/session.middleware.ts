import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { FlagshipRequest } from '@flagship/api-core';
import type { NextFunction, Response } from 'express';
import { SESSION_COOKIE } from './session-cookie';
import { SessionService } from './session.service';

/** Resolves the session cookie to `req.viewer` before any resolver runs. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: FlagshipRequest, _res: Response, next: NextFunction): Promise<void> {
    try {
      const token: unknown = req.cookies?.[SESSION_COOKIE];
      if (typeof token === 'string' && token.length > 0 && token.length < 200) {
        req.viewer = await this.sessions.resolve(token);
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
