import { Args, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Authenticated, CurrentViewer, Guards, Loaders, Public, Role, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { AccountPolicy } from '../accounts.policies';
import { toMember } from '../member/member.service';
import { Member } from '../member/member.types';
import { OrganisationMembership } from '../organisation/organisation-membership.entity';
import { OrganisationService } from '../organisation/organisation.service';
import { Account } from './account.entity';
import { AccountService, sortRoles } from './account.service';

/**
 * `Account` carries the email, so it hangs only off fields for its owner (`me`, sign-in) and brand
 * managers; a test walks the schema to keep it so. Everyone else gets `Member`.
 */
@Resolver(() => Account)
export class AccountResolver {
  constructor(
    private readonly accountService: AccountService,
    private readonly organisations: OrganisationService,
  ) {}

  @Public()
  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null for a visitor.' })
  me(@CurrentViewer() viewer?: Viewer): Promise<Account | null> | null {
    return viewer ? this.accountService.findById(viewer.accountId) : null;
  }

  @Authenticated()
  @Guards(AccountPolicy, 'list_all')
  @Query(() => [Account], { description: 'Every account on the platform, or those holding one role. Brand managers only.' })
  accounts(@Args('role', { type: () => Role, nullable: true }) role?: Role): Promise<Account[]> {
    return this.accountService.list(role);
  }

  @ResolveField(() => [Role], { description: 'Every role the account holds now: CONSUMER, and any granted.' })
  roles(@Parent() account: Account, @Loaders() loaders: RequestLoaders, @Info() info: GraphQLResolveInfo, @CurrentViewer() viewer?: Viewer): Role[] | Promise<Role[]> {
    // The viewer's own roles were read with the session for this very request (`me`): no second query.
    // Not after a mutation, which may have just changed them (a manager stepping down).
    if (viewer?.accountId === account.id && info.operation.operation === 'query') return sortRoles(viewer.roles);
    return loaders.get<string, Role[]>('accounts.rolesByAccount', (ids) => this.accountService.rolesOf(ids)).load(account.id);
  }

  @ResolveField(() => Member, { description: 'The public profile others see.' })
  member(@Parent() account: Account): Member {
    return toMember(account);
  }

  @ResolveField(() => [OrganisationMembership], { description: 'The organisations the account belongs to (a vendor and its staff).' })
  memberships(@Parent() account: Account, @Loaders() loaders: RequestLoaders): Promise<OrganisationMembership[]> {
    return loaders.get<string, OrganisationMembership[]>('accounts.membershipsByAccount', (ids) => this.organisations.membershipsOf(ids)).load(account.id);
  }
}
