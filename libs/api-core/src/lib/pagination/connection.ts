import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { badInput } from '../errors/domain-error';
import { isUuid } from '../text/uuid';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A GraphQL connection type for `T`: `nodes` plus `pageInfo`, for cursor (keyset) pagination. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(name)
  class ConnectionClass implements Connection<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionClass;
}

/**
 * Opaque cursors: the sort key and id of the last row seen, base64url-encoded JSON. Clients must not
 * build them; a tampered cursor is BAD_USER_INPUT on `after`.
 */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** What one part of a cursor must be: a UUID, a number, or text (without NUL characters). */
export type CursorPart = 'uuid' | 'number' | 'text';
type CursorValue<Part extends CursorPart> = Part extends 'number' ? number : string;

const IS: Record<CursorPart, (value: unknown) => boolean> = {
  uuid: isUuid,
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  text: (value) => typeof value === 'string' && !value.includes('\u0000'),
};

/**
 * The values of a cursor made by `encodeCursor`, each checked against its part (`['uuid']`,
 * `['text', 'uuid']`), so nothing a client made up reaches the database: anything else is
 * BAD_USER_INPUT on `after`.
 */
export function decodeCursor<const Parts extends readonly CursorPart[]>(cursor: string, parts: Parts): { [I in keyof Parts]: CursorValue<Parts[I]> } {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = undefined;
  }
  if (Array.isArray(values) && values.length === parts.length && values.every((value, i) => IS[parts[i]](value))) {
    return values as { [I in keyof Parts]: CursorValue<Parts[I]> };
  }
  throw badInput('after', 'This cursor is not valid; start again from the first page');
}

/** Splits the `first + 1` rows a query fetched into a page and whether more follow. */
export function toConnection<T>(rows: T[], first: number, cursorOf: (row: T) => string): Connection<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null } };
}
