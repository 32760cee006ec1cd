import { registerEnumType } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestLoaders } from '../loaders/request-loaders';

/** What a person may do on the platform. One role per account. */
export enum Role {
  CONSUMER = 'CONSUMER',
  VENDOR = 'VENDOR',
  BRAND_MANAGER = 'BRAND_MANAGER',
}
registerEnumType(Role, { name: 'Role', description: 'What a person may do on the platform.' });

/** The signed-in person making a request, resolved from the session cookie. */
export interface Viewer {
  accountId: string;
  role: Role;
  sessionId: string;
}

/**
 * The raw Node request: Nest middleware (the session lookup) runs on it, before Fastify's own request
 * object exists, so the viewer is kept here.
 */
export type RawFlagshipRequest = IncomingMessage & { viewer?: Viewer };

export type FlagshipRequest = FastifyRequest & { raw: RawFlagshipRequest };

/** The signed-in viewer of a request, or undefined for a visitor. */
export function viewerOf(req: FlagshipRequest): Viewer | undefined {
  return req.raw.viewer;
}

/** The GraphQL context: the HTTP request and response of the operation, and its DataLoaders. */
export interface GraphQLRequestContext {
  req: FlagshipRequest;
  res: FastifyReply;
  loaders: RequestLoaders;
}
