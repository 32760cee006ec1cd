import { serialize } from 'cookie';
import type { FastifyReply } from 'fastify';

export const SESSION_COOKIE = 'flagship_session';

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean): void {
  void reply.header('set-cookie', serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires }));
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  void reply.header('set-cookie', serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: new Date(0) }));
}
