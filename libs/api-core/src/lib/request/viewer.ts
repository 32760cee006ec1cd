import { registerEnumType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
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

export type FlagshipRequest = Request & { viewer?: Viewer };

/** The GraphQL context: the HTTP request and response of the operation, and its DataLoaders. */
export interface GraphQLRequestContext {
  req: FlagshipRequest;
  res: Response;
  loaders: RequestLoaders;
}
