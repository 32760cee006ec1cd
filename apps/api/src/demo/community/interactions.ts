import { Injectable } from '@nestjs/common';
import { AccountService, SessionService } from '@flagship/accounts';
import type { Viewer } from '@flagship/api-core';
import { CollectionService, CommentService, FollowService, ReactionKind, ReactionService } from '@flagship/community';
import { TransactionalConnection } from '@flagship/database';

const RIDERS = ['ana@riders.example', 'ben@riders.example', 'chloe@riders.example'] as const;

/** Who follows whom among the demo people (follower, followed). */
const MEMBER_FOLLOWS: [string, string][] = [
  ['ana@riders.example', 'ben@riders.example'],
  ['ana@riders.example', 'chloe@riders.example'],
  ['ben@riders.example', 'chloe@riders.example'],
  ['chloe@riders.example', 'ana@riders.example'],
  ['ben@riders.example', 'workshop@spokeandwrench.example'],
];

/** What the riders say about each other's contributions, by kind: a comment and the author's reply. */
const CONVERSATIONS: Record<string, { comment: string; reply: string }[]> = {
  BUILD: [
    { comment: 'That colour scheme is **gorgeous**. What tyre width did you end up with?', reply: 'Thanks! 45 mm: fast enough on tarmac, calm on gravel.' },
    { comment: 'How does the frame bag fit with a bottle in the down tube cage?', reply: 'It clears a 750 ml bottle, just. A side-loading cage helps.' },
  ],
  ROUTE: [
    { comment: 'Rode this on Sunday: the second climb is a proper leg-burner. Coffee stop tip: the bakery at the top.', reply: 'Glad you liked it! That bakery is the whole reason for the route.' },
    { comment: 'Is the gravel section OK on 32 mm tyres?', reply: 'Yes when dry; after rain I would take 38 mm or more.' },
  ],
  GUIDE: [
    { comment: 'Followed this step by step and my shifting is silent now. The barrel-adjuster tip made the difference.', reply: 'Great to hear! Quarter turns are the secret.' },
    { comment: 'Which torque wrench range would you recommend for this?', reply: 'A 2–15 Nm one covers almost everything on a modern bike.' },
  ],
  QUESTION: [
    { comment: 'I had the same doubt last year; the shop staff answer below is spot on.', reply: 'Thanks, that settles it for me.' },
  ],
  PROJECT_UPDATE: [
    { comment: 'Looking good! Keep the updates coming.', reply: 'Will do: wheels are next.' },
  ],
};

/** The reactions each rider gives a contribution of each kind. */
const REACTIONS_BY_KIND: Record<string, ReactionKind[]> = {
  BUILD: [ReactionKind.LIKE, ReactionKind.INSPIRING],
  ROUTE: [ReactionKind.LIKE],
  GUIDE: [ReactionKind.APPLAUD, ReactionKind.HELPFUL],
  QUESTION: [ReactionKind.HELPFUL],
  PROJECT_UPDATE: [ReactionKind.LIKE],
};

/**
 * The community's conversation in the demo (decision 0033): follows between the demo riders, and on
 * whatever published contributions the kinds' demos made (it runs last), comments with the author's
 * replies, reactions, follows of builds and saved collections. Through the services, recording their
 * events; adds only what is missing, so a second run changes nothing.
 */
@Injectable()
export class DemoInteractions {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly comments: CommentService,
    private readonly reactions: ReactionService,
    private readonly follows: FollowService,
    private readonly collections: CollectionService,
  ) {}

  async seed(): Promise<void> {
    const viewers = new Map<string, Viewer>();
    const viewer = async (email: string) => {
      if (!viewers.has(email)) {
        const account = await this.accounts.findByEmail(email);
        if (account) viewers.set(email, await this.sessions.viewerOf(account.id));
      }
      return viewers.get(email);
    };
    for (const [followerEmail, followedEmail] of MEMBER_FOLLOWS) {
      const [follower, followed] = [await viewer(followerEmail), await viewer(followedEmail)];
      if (follower && followed) await this.follows.followMember(follower, followed.accountId);
    }

    const published = await this.connection.query<{ id: string; kind: string; author_id: string }>(
      `SELECT id, kind, author_id FROM contribution WHERE status = 'PUBLISHED' ORDER BY published_at, id LIMIT 12`,
    );
    const riders = (await Promise.all(RIDERS.map(viewer))).filter((v): v is Viewer => v !== undefined);
    for (const [index, contribution] of published.entries()) {
      const others = riders.filter((rider) => rider.accountId !== contribution.author_id);
      const author = await this.sessions.viewerOf(contribution.author_id);
      for (const rider of others) {
        for (const kind of REACTIONS_BY_KIND[contribution.kind] ?? [ReactionKind.LIKE]) await this.reactions.react(rider, contribution.id, kind);
        if (contribution.kind === 'BUILD') await this.follows.followContribution(rider, contribution.id);
      }
      const conversation = (CONVERSATIONS[contribution.kind] ?? CONVERSATIONS.BUILD)[index % (CONVERSATIONS[contribution.kind] ?? CONVERSATIONS.BUILD).length];
      const commenter = others[index % Math.max(others.length, 1)];
      if (commenter && !(await this.hasCommented(commenter.accountId, contribution.id))) {
        const comment = await this.comments.post(commenter, { contributionId: contribution.id, body: conversation.comment });
        await this.comments.post(author, { contributionId: contribution.id, parentId: comment.id, body: conversation.reply });
      }
    }

    // Ana keeps the first few for later; Chloe shares a public list of routes.
    const ana = await viewer('ana@riders.example');
    for (const contribution of published.filter((c) => c.author_id !== ana?.accountId).slice(0, 3)) if (ana) await this.collections.save(ana, contribution.id);
    const chloe = await viewer('chloe@riders.example');
    const routes = published.filter((c) => c.kind === 'ROUTE' && c.author_id !== chloe?.accountId);
    if (chloe && routes.length) {
      const existing = (await this.collections.mine(chloe)).find((c) => c.name === 'Weekend rides');
      const list = existing ?? (await this.collections.create(chloe, { name: 'Weekend rides', isPublic: true }));
      for (const route of routes) await this.collections.save(chloe, route.id, list.id);
    }
  }

  private async hasCommented(accountId: string, contributionId: string): Promise<boolean> {
    const rows = await this.connection.query(`SELECT 1 FROM comment WHERE author_id = $1 AND contribution_id = $2 LIMIT 1`, [accountId, contributionId]);
    return rows.length > 0;
  }
}
