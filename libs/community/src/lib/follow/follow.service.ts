import { Injectable } from '@nestjs/common';
import { badInput, DomainError, ErrorCode, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { type Member, MemberService } from '@flagship/accounts';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import type { Contribution } from '../contribution/contribution.entity';
import { ContributionService } from '../contribution/contribution.service';
import { FollowEvents } from '../interactions/interactions.events';
import { Follow } from './follow.entity';

/** Members following members and contributions (the feed's "Following" reads the same table). */
@Injectable()
export class FollowService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly contributions: ContributionService,
    private readonly members: MemberService,
    private readonly events: EventLog,
  ) {}

  async followMember(viewer: Viewer, memberId: string): Promise<Member> {
    const member = await this.members.find(viewer, memberId);
    if (!member) throw new DomainError(ErrorCode.NOT_FOUND, 'There is no such member', 'memberId');
    if (member.id === viewer.accountId) throw badInput('memberId', 'You cannot follow yourself');
    if (await this.insert({ followerId: viewer.accountId, memberId: member.id, contributionId: null })) {
      await this.events.record(FollowEvents.started, { actorId: viewer.accountId, subjectId: member.id, payload: { target: 'MEMBER' } });
    }
    return member;
  }

  async unfollowMember(viewer: Viewer, memberId: string): Promise<Member> {
    const member = await this.members.find(viewer, memberId);
    if (!member) throw new DomainError(ErrorCode.NOT_FOUND, 'There is no such member', 'memberId');
    await this.connection.getRepository(Follow).delete({ followerId: viewer.accountId, memberId: member.id });
    return member;
  }

  /** Follows a published contribution (`contribution.interact`), e.g. a build, to see its progress. */
  async followContribution(viewer: Viewer, contributionId: string): Promise<Contribution> {
    const contribution = await this.contributions.lockForInteraction(viewer, contributionId, 'contributionId');
    if (await this.insert({ followerId: viewer.accountId, memberId: null, contributionId: contribution.id })) {
      await this.events.record(FollowEvents.started, { actorId: viewer.accountId, subjectId: contribution.id, payload: { target: 'CONTRIBUTION' } });
    }
    return contribution;
  }

  /** Stops following a contribution the viewer can still see (`contribution.read`). */
  async unfollowContribution(viewer: Viewer, contributionId: string): Promise<Contribution> {
    const contribution = await this.contributions.getVisible(viewer, contributionId, 'contributionId');
    await this.connection.getRepository(Follow).delete({ followerId: viewer.accountId, contributionId: contribution.id });
    return contribution;
  }

  /** True when a row was added (false: they already followed). */
  private async insert(values: Pick<Follow, 'followerId' | 'memberId' | 'contributionId'>): Promise<boolean> {
    const inserted = await this.connection.getRepository(Follow).createQueryBuilder().insert().values(values).orIgnore().returning('id').execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /** How many follow a member: one statement for every member on the page. */
  followerCount(loaders: RequestLoaders, memberId: string): Promise<number> {
    return loaders
      .get<string, number>('community.followerCounts', async (ids) => {
        const rows = await this.connection.query<{ member_id: string; n: number }>(
          `SELECT member_id, count(*)::int AS n FROM follow WHERE member_id = ANY($1) GROUP BY member_id`,
          [ids],
        );
        return ids.map((id) => rows.find((row) => row.member_id === id)?.n ?? 0);
      })
      .load(memberId);
  }

  /** Whether the viewer follows each member (or contribution) of the page: one statement per target kind. */
  async viewerFollows(loaders: RequestLoaders, viewer: Viewer | undefined, target: 'member_id' | 'contribution_id', id: string): Promise<boolean> {
    if (!viewer) return false;
    return loaders
      .get<string, boolean>(`community.viewerFollows.${target}`, async (ids) => {
        const rows = await this.connection.query<{ id: string }>(`SELECT ${target} AS id FROM follow WHERE follower_id = $1 AND ${target} = ANY($2)`, [viewer.accountId, ids]);
        const followed = new Set(rows.map((row) => row.id));
        return ids.map((id) => followed.has(id));
      })
      .load(id);
  }
}
