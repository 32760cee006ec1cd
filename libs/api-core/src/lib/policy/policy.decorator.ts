import { SetMetadata } from '@nestjs/common';
import type { Role } from '../request/viewer';

export const POLICY_METADATA = 'flagship:policy';

/** Who may call a Query, Mutation or HTTP route. Every one of them declares exactly one. */
export type AccessPolicy = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not. Say so explicitly: nothing is public by omission. */
export const Public = () => SetMetadata(POLICY_METADATA, { kind: 'public' } satisfies AccessPolicy);

/** Any signed-in account; ownership is then checked by the service. */
export const Authenticated = () => SetMetadata(POLICY_METADATA, { kind: 'authenticated' } satisfies AccessPolicy);

/** Signed-in accounts holding any of these roles. */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(POLICY_METADATA, { kind: 'roles', roles } satisfies AccessPolicy);
