import { Injectable } from '@nestjs/common';
import { oneByKey, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { Account } from '../account/account.entity';
import { AccountService } from '../account/account.service';
import { MemberPolicy } from '../accounts.policies';
import { BadgeService } from '../badges/badge.service';
import type { UpdateProfileInput } from './dto/update-profile.input';
import type { Badge, Member } from './member.types';

/** The public face of an account: what other members, visitors and other domains (review authors) see. */
export function toMember(account: Account): Member {
  return { id: account.id, displayName: account.displayName, avatarUrl: null, bio: account.bio, joinedAt: account.createdAt };
}

@Injectable()
export class MemberService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: AccountService,
    private readonly badges: BadgeService,
  ) {}

  /** A member's public profile, or null when there is no such member (or the viewer may not see it). */
  async find(viewer: Viewer | undefined, id: string): Promise<Member | null> {
    const account = await this.accounts.findById(id);
    return account && MemberPolicy.can(viewer, 'read', account) ? toMember(account) : null;
  }

  /** Batched per request: a page of reviews loads its authors in one statement. */
  load(loaders: RequestLoaders, id: string): Promise<Member | null> {
    return loaders
      .get<string, Member | null>('accounts.memberById', async (ids) => oneByKey(ids, (await this.accounts.findByIds(ids)).map(toMember), (m) => m.id))
      .load(id);
  }

  /** Batched per request, one statement for every member on the page. */
  badgesOf(loaders: RequestLoaders, id: string): Promise<Badge[]> {
    return loaders.get<string, Badge[]>('accounts.badgesByMember', (ids) => this.badges.badgesOf(ids)).load(id);
  }

  /** The viewer changes their own name and bio; nobody else's. */
  async updateProfile(viewer: Viewer, input: UpdateProfileInput): Promise<Member> {
    const changes: Partial<Pick<Account, 'displayName' | 'bio'>> = {};
    if (input.displayName !== undefined && input.displayName !== null) changes.displayName = input.displayName;
    if (input.bio !== undefined) changes.bio = input.bio ? input.bio : null;
    const accounts = this.connection.getRepository(Account);
    if (Object.keys(changes).length) await accounts.update({ id: viewer.accountId }, changes);
    return toMember(await accounts.findOneByOrFail({ id: viewer.accountId }));
  }
}
