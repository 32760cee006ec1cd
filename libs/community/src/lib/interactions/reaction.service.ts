import { Injectable } from '@nestjs/common';
import type { RequestLoaders, Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { In } from 'typeorm';
import type { Contribution } from '../contribution/contribution.entity';
import { ContributionService } from '../contribution/contribution.service';
import { ReactionCount } from './dto/interactions.inputs';
import { ReactionEvents } from './interactions.events';
import { ReactionKind } from './interactions.types';
import { Reaction } from './reaction.entity';

/** Reactions to contributions: one per member and kind; `reactionCount` is all of them together. */
@Injectable()
export class ReactionService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly contributions: ContributionService,
    private readonly events: EventLog,
  ) {}

  /** Adds the viewer's reaction of `kind` to a published contribution; reacting twice changes nothing. */
  async react(viewer: Viewer, contributionId: string, kind: ReactionKind): Promise<Contribution> {
    const contribution = await this.contributions.lockForInteraction(viewer, contributionId, 'contributionId');
    const inserted = await this.connection
      .getRepository(Reaction)
      .createQueryBuilder()
      .insert()
      .values({ contributionId: contribution.id, memberId: viewer.accountId, kind })
      .orIgnore()
      .returning('kind')
      .execute();
    if ((inserted.raw as unknown[]).length) {
      await this.contributions.adjustCount(contribution.id, 'reactionCount', 1);
      contribution.reactionCount += 1;
      await this.events.record(ReactionEvents.added, { actorId: viewer.accountId, subjectId: contribution.id, payload: { kind } });
    }
    return contribution;
  }

  /** Takes the viewer's reaction of `kind` back, if they gave it. */
  async unreact(viewer: Viewer, contributionId: string, kind: ReactionKind): Promise<Contribution> {
    const contribution = await this.contributions.lockForInteraction(viewer, contributionId, 'contributionId');
    const deleted = await this.connection.getRepository(Reaction).delete({ contributionId: contribution.id, memberId: viewer.accountId, kind });
    if (deleted.affected) {
      await this.contributions.adjustCount(contribution.id, 'reactionCount', -1);
      contribution.reactionCount -= 1;
    }
    return contribution;
  }

  /** Every kind with its count (0 included, in the enum's order): one statement for a page of contributions. */
  counts(loaders: RequestLoaders, contributionId: string): Promise<ReactionCount[]> {
    return loaders
      .get<string, ReactionCount[]>('community.reactionCounts', async (ids) => {
        const rows = await this.connection.query<{ contribution_id: string; kind: ReactionKind; n: number }>(
          `SELECT contribution_id, kind, count(*)::int AS n FROM reaction WHERE contribution_id = ANY($1) GROUP BY contribution_id, kind`,
          [ids],
        );
        return ids.map((id) =>
          Object.values(ReactionKind).map((kind) => ({ kind, count: rows.find((row) => row.contribution_id === id && row.kind === kind)?.n ?? 0 })),
        );
      })
      .load(contributionId);
  }

  /** The kinds the viewer gave it: one statement for a page of contributions. */
  async viewerReactions(loaders: RequestLoaders, viewer: Viewer | undefined, contributionId: string): Promise<ReactionKind[]> {
    if (!viewer) return [];
    return loaders
      .get<string, ReactionKind[]>('community.viewerReactions', async (ids) => {
        const rows = await this.connection.getRepository(Reaction).find({ where: { memberId: viewer.accountId, contributionId: In([...ids]) }, select: { contributionId: true, kind: true } });
        const kinds = Object.values(ReactionKind);
        return ids.map((id) => rows.filter((row) => row.contributionId === id).map((row) => row.kind).sort((a, b) => kinds.indexOf(a) - kinds.indexOf(b)));
      })
      .load(contributionId);
  }
}
