import { SetMetadata } from '@nestjs/common';

export const POLICY_METADATA = 'flagship:policy';

/**
 * Who may call a Query, Mutation or HTTP route at all: visitors too, or signed-in accounts only. Every
 * one of them declares exactly one. Anything more (a role, the resource's owner, a vendor's staff) is
 * a rule of the resource's policy, named with `@Guards`: roles are checked in that one way.
 */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' };

/** Anyone, signed in or not. Say so explicitly: nothing is public by omission. */
export const Public = () => SetMetadata(POLICY_METADATA, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in account; the rules it names with `@Guards` (roles, ownership) decide the rest. */
export const Authenticated = () => SetMetadata(POLICY_METADATA, { kind: 'authenticated' } satisfies AccessPolicy);
