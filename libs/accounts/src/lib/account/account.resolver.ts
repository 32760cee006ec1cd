import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Role, Roles, type Viewer } from '@flagship/api-core';
import { Account } from './account.entity';
import { AccountService } from './account.service';

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly accountService: AccountService) {}

  @Public()
  @Query(() => Account, { nullable: true, description: 'The signed-in account, or null for a visitor.' })
  me(@CurrentViewer() viewer?: Viewer): Promise<Account | null> | null {
    return viewer ? this.accountService.findById(viewer.accountId) : null;
  }

  @Roles(Role.BRAND_MANAGER)
  @Query(() => [Account], { description: 'Every account on the platform, optionally of one role. Brand managers only.' })
  accounts(@Args('role', { type: () => Role, nullable: true }) role?: Role): Promise<Account[]> {
    return this.accountService.list(role);
  }
}
