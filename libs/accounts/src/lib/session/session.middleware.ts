import type { ServerResponse } from 'node:http';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { RawFlagshipRequest } from '@flagship/api-core';
import { parse } from 'cookie';
import { SESSION_COOKIE } from './session-cookie';
import { SessionService } from './session.service';

/** Resolves the session cookie to the request's viewer (`viewerOf(req)`) before any resolver runs. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionService) {}

  async use(req: RawFlagshipRequest, _res: ServerResponse, next: (error?: unknown) => void): Promise<void> {
    try {
      // Visitors without cookies are most requests: no parsing for them.
      const header = req.headers.cookie;
      const token = header ? parse(header)[SESSION_COOKIE] : undefined;
      if (token && token.length < 200) req.viewer = await this.sessions.resolve(token);
      next();
    } catch (error) {
      next(error);
    }
  }
}
