import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentViewer, Guards, IdArg, Role, type Viewer } from '@flagship/api-core';
import { Account } from '../account/account.entity';
import { AccountPolicy } from '../accounts.policies';
import { GrantedBadge } from '../badges/member-badge.entity';
import { BadgeService } from '../badges/badge.service';
import { RoleService } from './role.service';

/** What only brand managers hand out: roles and hand-granted badges. */
@Resolver()
export class RoleResolver {
  constructor(
    private readonly roles: RoleService,
    private readonly badges: BadgeService,
  ) {}

  @Authenticated()
  @Guards(AccountPolicy, 'manage_roles')
  @Mutation(() => Account, { description: 'Grant a role (MODERATOR, VENDOR, BRAND_MANAGER); it works from the account’s next request.' })
  grantRole(@CurrentViewer() viewer: Viewer, @IdArg('accountId') accountId: string, @Args('role', { type: () => Role }) role: Role): Promise<Account> {
    return this.roles.grant(viewer, accountId, role);
  }

  @Authenticated()
  @Guards(AccountPolicy, 'manage_roles')
  @Mutation(() => Account, { description: 'Remove a role; it stops working on the account’s next request. CONSUMER stays, and so does the last brand manager.' })
  revokeRole(@CurrentViewer() viewer: Viewer, @IdArg('accountId') accountId: string, @Args('role', { type: () => Role }) role: Role): Promise<Account> {
    return this.roles.revoke(viewer, accountId, role);
  }

  @Authenticated()
  @Guards(AccountPolicy, 'grant_badges')
  @Mutation(() => Account, { description: 'Give a member a badge only the platform grants (expert).' })
  grantBadge(@CurrentViewer() viewer: Viewer, @IdArg('accountId') accountId: string, @Args('badge', { type: () => GrantedBadge }) badge: GrantedBadge): Promise<Account> {
    return this.badges.grant(viewer, accountId, badge);
  }

  @Authenticated()
  @Guards(AccountPolicy, 'grant_badges')
  @Mutation(() => Account, { description: 'Take a hand-granted badge back.' })
  revokeBadge(@CurrentViewer() viewer: Viewer, @IdArg('accountId') accountId: string, @Args('badge', { type: () => GrantedBadge }) badge: GrantedBadge): Promise<Account> {
    return this.badges.revoke(viewer, accountId, badge);
  }
}
