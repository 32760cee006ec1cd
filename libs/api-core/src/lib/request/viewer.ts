import { registerEnumType } from '@nestjs/graphql';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestLoaders } from '../loaders/request-loaders';

/**
 * What a person may do on the platform. An account holds a set of roles: CONSUMER always, and any of
 * the others a brand manager granted (never chosen by the person).
 */
export enum Role {
  CONSUMER = 'CONSUMER',
  VENDOR = 'VENDOR',
  MODERATOR = 'MODERATOR',
  BRAND_MANAGER = 'BRAND_MANAGER',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'What a person may do on the platform. Every account is a CONSUMER; the others are granted by brand managers.',
});

/** A person's place in an organisation (a vendor, later others). */
export enum OrganisationRole {
  OWNER = 'OWNER',
  STAFF = 'STAFF',
}
registerEnumType(OrganisationRole, { name: 'OrganisationRole', description: 'A member’s place in an organisation: its owners manage it, its staff work for it.' });

/** An organisation the viewer belongs to, and their role in it. */
export interface Membership {
  organisationId: string;
  role: OrganisationRole;
}

/**
 * The signed-in person making a request, resolved from the session cookie. Roles and memberships are
 * read from the database with the session on every request, so a change applies to the next request
 * of every process.
 */
export interface Viewer {
  accountId: string;
  /** Every role the account holds now, CONSUMER included. */
  roles: ReadonlySet<Role>;
  memberships: readonly Membership[];
  /** The session the request came with; absent when code acts as an account outside a request (the demo seed). */
  sessionId?: string;
}

/**
 * True when the viewer (null or undefined for a visitor) holds any of `roles`; every signed-in viewer
 * is a CONSUMER. Only `holdsRole` rules call it: a role check anywhere else is a rule to declare.
 */
export function hasAnyRole(viewer: Viewer | null | undefined, roles: readonly Role[]): boolean {
  return roles.some((role) => viewer?.roles.has(role) ?? false);
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
