import { Injectable } from '@nestjs/common';
import { type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { Account } from '../account/account.entity';
import { AccountEvents } from '../accounts.events';
import { AccountPolicy } from '../accounts.policies';
import { MEMBERSHIP_IN_EFFECT } from '../organisation/membership-in-effect';
import { BadgeKind, type Badge } from '../member/member.types';
import { GrantedBadge, MemberBadge } from './member-badge.entity';

const LABELS: Record<BadgeKind, string> = { [BadgeKind.BRAND_STAFF]: 'Brand staff', [BadgeKind.VENDOR]: 'Vendor', [BadgeKind.EXPERT]: 'Expert' };

/**
 * A member's badges, derived from what only the platform decides: BRAND_STAFF from the BRAND_MANAGER
 * role, VENDOR from each vendor organisation they belong to while they hold the VENDOR role (or the
 * role alone: a plain "Vendor"), EXPERT from a brand manager's grant. A display name can be anything ("Maya Brandt"); a badge cannot be chosen.
 */
@Injectable()
export class BadgeService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly events: EventLog,
  ) {}

  /** The badges of each member, in the order of `accountIds`, in one statement (for DataLoaders). */
  async badgesOf(accountIds: readonly string[]): Promise<Badge[][]> {
    const rows = await this.connection.query<{ account_id: string; kind: BadgeKind; label: string | null }>(
      `SELECT account_id, kind, label FROM (
         SELECT r.account_id, 'BRAND_STAFF' AS kind, NULL AS label, 0 AS rank
           FROM account_role r WHERE r.role = 'BRAND_MANAGER' AND r.account_id = ANY($1)
         UNION ALL
         SELECT m.account_id, 'VENDOR', o.name, 1
           FROM organisation_membership m JOIN organisation o ON o.id = m.organisation_id
          WHERE o.kind = 'VENDOR' AND m.account_id = ANY($1) AND ${MEMBERSHIP_IN_EFFECT}
         UNION ALL
         SELECT r.account_id, 'VENDOR', NULL, 1
           FROM account_role r
          WHERE r.role = 'VENDOR' AND r.account_id = ANY($1)
            AND NOT EXISTS (SELECT 1 FROM organisation_membership m JOIN organisation o ON o.id = m.organisation_id
                             WHERE m.account_id = r.account_id AND o.kind = 'VENDOR')
         UNION ALL
         SELECT b.account_id, b.badge::text, NULL, 2
           FROM member_badge b WHERE b.account_id = ANY($1)
       ) badges
       ORDER BY rank, label`,
      [accountIds],
    );
    return accountIds.map((id) => rows.filter((row) => row.account_id === id).map((row) => ({ kind: row.kind, label: row.label ?? LABELS[row.kind] })));
  }

  async grant(actor: Viewer, accountId: string, badge: GrantedBadge): Promise<Account> {
    const account = await this.target(actor, accountId);
    const inserted = await this.connection.manager.query(
      `INSERT INTO member_badge (account_id, badge, granted_by_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING badge`,
      [accountId, badge, actor.accountId],
    );
    if (inserted.length) await this.record(AccountEvents.badgeGranted, actor, accountId, badge);
    return account;
  }

  async revoke(actor: Viewer, accountId: string, badge: GrantedBadge): Promise<Account> {
    const account = await this.target(actor, accountId);
    const deleted = await this.connection.getRepository(MemberBadge).delete({ accountId, badge });
    if (deleted.affected) await this.record(AccountEvents.badgeRevoked, actor, accountId, badge);
    return account;
  }

  private async target(actor: Viewer, accountId: string): Promise<Account> {
    const account = await this.connection.getRepository(Account).findOneBy({ id: accountId });
    return AccountPolicy.authorize(actor, 'grant_badges', account, { field: 'accountId', message: 'There is no such account' });
  }

  private record(type: typeof AccountEvents.badgeGranted | typeof AccountEvents.badgeRevoked, actor: Viewer, accountId: string, badge: GrantedBadge): Promise<unknown> {
    return this.events.record(type, { actorId: actor.accountId, subjectId: accountId, payload: { badge } });
  }
}
