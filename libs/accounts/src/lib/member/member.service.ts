import { Injectable } from '@nestjs/common';
import { oneByKey, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { AVATAR_RULES, MediaAssetService, variantUrl } from '@flagship/media';
import { Account } from '../account/account.entity';
import { AccountService } from '../account/account.service';
import { MemberPolicy } from '../accounts.policies';
import { BadgeService } from '../badges/badge.service';
import type { UpdateProfileInput } from './dto/update-profile.input';
import type { Badge, Member } from './member.types';

/** The public face of an account: what other members, visitors and other domains (review authors) see. */
export function toMember(account: Account): Member {
  const avatar = account.avatar ?? null;
  return {
    id: account.id,
    displayName: account.displayName,
    // The narrowest variant: avatars show at 24–96 CSS pixels, so 320 covers them at 3x.
    avatarUrl: avatar ? variantUrl(avatar.stored, avatar.widths[0]) : null,
    avatar: avatar ? avatar.image() : null,
    bio: account.bio,
    joinedAt: account.createdAt,
  };
}

@Injectable()
export class MemberService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: AccountService,
    private readonly badges: BadgeService,
    private readonly assets: MediaAssetService,
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

  /**
   * The viewer's new picture (`POST /uploads/avatar`): decoded and cut square outside any transaction,
   * then set in one, and the picture it replaces removed (row, and files after the commit). If that
   * transaction fails, the new upload stays unattached and the cleanup job removes it.
   */
  async setAvatar(viewer: Viewer, file: Buffer | undefined, alt: unknown): Promise<Member> {
    const account = await this.connection.getRepository(Account).findOneByOrFail({ id: viewer.accountId });
    const described = typeof alt === 'string' && alt.trim() ? alt : `Picture of ${account.displayName}`;
    const upload = await this.assets.upload(viewer, file, described, AVATAR_RULES);
    return this.useAsAvatar(viewer, upload.id, 'file');
  }

  /** Makes one of the viewer's own uploads their picture (the demo's drawn avatars come this way). */
  useAsAvatar(viewer: Viewer, assetId: string, field = 'assetId'): Promise<Member> {
    return this.connection.withTransaction(async () => {
      const [asset] = await this.assets.claim(viewer, [assetId], field);
      return this.replaceAvatar(viewer, asset.id);
    });
  }

  /** The viewer goes back to no picture; the old one is removed. */
  removeAvatar(viewer: Viewer): Promise<Member> {
    return this.connection.withTransaction(() => this.replaceAvatar(viewer, null));
  }

  private async replaceAvatar(viewer: Viewer, avatarId: string | null): Promise<Member> {
    const accounts = this.connection.getRepository(Account);
    // Locked: of two pictures set at once, each removes the one before it, never the one kept.
    const [before] = await this.connection.query<{ avatar_id: string | null }>(`SELECT avatar_id FROM account WHERE id = $1 FOR UPDATE`, [viewer.accountId]);
    await accounts.update({ id: viewer.accountId }, { avatarId });
    if (before.avatar_id && before.avatar_id !== avatarId) {
      for (const replaced of await this.assets.findByIds([before.avatar_id])) await this.assets.remove(replaced);
    }
    return toMember(await accounts.findOneByOrFail({ id: viewer.accountId }));
  }
}
