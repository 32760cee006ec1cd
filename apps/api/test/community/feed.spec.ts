import { ContributionService } from '@flagship/community';
import { TransactionalConnection } from '@flagship/database';
import { firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const CARD = `id kind title excerpt commentCount reactionCount supportCount publishedAt
  author { id displayName avatarUrl badges { kind label } }
  cover { image { url srcset alt width height } }`;

const FEED = `query($scope: FeedScope, $kind: ContributionKind, $tag: String, $first: Int, $after: String) {
  communityFeed(scope: $scope, kind: $kind, tag: $tag, first: $first, after: $after) {
    nodes { ${CARD} }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Card {
  id: string;
  kind: string;
  title: string;
  author: { id: string; displayName: string };
  cover: { image: { url: string } } | null;
}
interface Page {
  communityFeed: { nodes: Card[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * The community feed (decision 0034): published contributions only, keyset pages, FOLLOWING from the
 * follow table, TRENDING by the trigger-kept hot score, and a page's statement count independent of
 * its size. Contributions are inserted as rows (the kinds' services are other features' work).
 */
describe('community feed', () => {
  let env: TestEnvironment;
  const ids: Record<'ana' | 'ben' | 'chloe' | 'maya', string> = { ana: '', ben: '', chloe: '', maya: '' };

  /** Inserts a contribution published `hoursAgo` (null: a draft) and returns its id. */
  async function contribution(author: string, title: string, options: { hoursAgo?: number | null; kind?: string; status?: string; tags?: string[]; comments?: number } = {}): Promise<string> {
    const hoursAgo = options.hoursAgo === undefined ? 1 : options.hoursAgo;
    const status = options.status ?? (hoursAgo === null ? 'DRAFT' : 'PUBLISHED');
    const [row] = await env.dataSource.query(
      `INSERT INTO contribution (kind, author_id, title, body, tags, status, published_at, comment_count)
       VALUES ($1, $2, $3, 'Some **words**', $4, $5, CASE WHEN $6::float8 IS NULL THEN NULL ELSE now() - make_interval(secs => $6::float8 * 3600) END, $7) RETURNING id`,
      [options.kind ?? 'BUILD', author, title, options.tags ?? [], status, hoursAgo, options.comments ?? 0],
    );
    return row.id;
  }

  const feed = (client: ReturnType<TestEnvironment['visitor']>, variables: Record<string, unknown>) => client.data<Page>(FEED, variables).then((page) => page.communityFeed);

  beforeAll(async () => {
    env = await createTestEnvironment();
    const accounts: { id: string; email: string }[] = await env.dataSource.query(`SELECT id, email FROM account`);
    const idOf = (email: string) => accounts.find((a) => a.email === email)!.id;
    Object.assign(ids, { ana: idOf('ana@riders.example'), ben: idOf('ben@riders.example'), chloe: idOf('chloe@riders.example'), maya: idOf('manager@ridgeline.example') });
    // The demo may already hold contributions of other features: start from none, so orders are known.
    await env.dataSource.query(`DELETE FROM contribution`);
  });
  afterAll(() => env.close());

  describe('a page of 60', () => {
    beforeAll(async () => {
      await env.dataSource.query(`DELETE FROM contribution`);
      // 60 published contributions by three members, every one with a cover photo, and a few drafts.
      await env.dataSource.query(
        `WITH c AS (
           INSERT INTO contribution (kind, author_id, title, status, published_at, reaction_count)
           SELECT (ARRAY['BUILD','ROUTE','GUIDE','QUESTION']::contribution_kind[])[1 + n % 4], ($1::uuid[])[1 + n % 3], 'Bulk ' || n, 'PUBLISHED', now() - make_interval(mins => n), n % 7
           FROM generate_series(1, 60) AS n RETURNING id, author_id
         ),
         a AS (
           INSERT INTO media_asset (id, owner_id, storage_key, width, height, widths, alt)
           SELECT gen_random_uuid(), author_id, 'community/' || id, 1200, 800, '{480,800,1200}', 'A photo' FROM c RETURNING id, storage_key
         )
         INSERT INTO contribution_photo (contribution_id, media_asset_id, position) SELECT substr(a.storage_key, 11)::uuid, a.id, 0 FROM a`,
        [[ids.ana, ids.ben, ids.chloe]],
      );
      await contribution(ids.ana, 'A draft', { hoursAgo: null });
    });

    async function statementsFor(first: number, scope = 'LATEST'): Promise<number> {
      env.queries.length = 0;
      const page = await feed(env.as.consumer, { first, scope });
      expect(page.nodes).toHaveLength(first);
      expect(page.nodes.every((node) => node.cover?.image.url && node.author.displayName)).toBe(true);
      return env.queries.length;
    }

    it('costs the same statements for 5 and for 50 contributions, with authors, badges and covers', async () => {
      const five = await statementsFor(5);
      const fifty = await statementsFor(50);
      expect(fifty).toBe(five);
      // The viewer's session, the page, its authors, their badges and the covers.
      expect(five).toBe(5);
      expect(await statementsFor(50, 'TRENDING')).toBe(five);
    });

    it('walks every published contribution once, newest first, page by page', async () => {
      const seen: Card[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: Page['communityFeed'] = await feed(env.visitor(), { first: 7, after });
        seen.push(...page.nodes);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(9);
      expect(seen.map((c) => c.title)).toEqual(Array.from({ length: 60 }, (_, i) => `Bulk ${i + 1}`));
    });

    it('walks TRENDING pages without repeating or losing any', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Page['communityFeed'] = await feed(env.visitor(), { first: 11, after, scope: 'TRENDING' });
        seen.push(...page.nodes.map((n) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(60);
    });

    it('filters by kind', async () => {
      const routes = await feed(env.visitor(), { first: 50, kind: 'ROUTE' });
      expect(routes.nodes).toHaveLength(15);
      expect(routes.nodes.every((n) => n.kind === 'ROUTE')).toBe(true);
    });

    it('refuses a cursor it did not make', async () => {
      const result = await env.visitor().request(FEED, { first: 5, after: 'bm90LWEtY3Vyc29y' });
      expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });
  });

  describe('what it shows', () => {
    let anaBuild: string, anaDraft: string, anaRemoved: string, benGuide: string, benQuestion: string, chloeRoute: string, chloeOther: string, mayaPost: string;
    beforeAll(async () => {
      await env.dataSource.query(`DELETE FROM contribution`);
      await env.dataSource.query(`DELETE FROM follow`);
      anaBuild = await contribution(ids.ana, 'Ana’s gravel build', { hoursAgo: 5, tags: ['gravel', 'steel'] });
      anaDraft = await contribution(ids.ana, 'Ana’s secret draft', { hoursAgo: null, tags: ['gravel'] });
      anaRemoved = await contribution(ids.ana, 'Removed by moderation', { hoursAgo: 2, status: 'REMOVED', tags: ['gravel'] });
      benGuide = await contribution(ids.ben, 'Ben’s tubeless guide', { hoursAgo: 4, kind: 'GUIDE', tags: ['tubeless'] });
      benQuestion = await contribution(ids.ben, 'Ben asks about gears', { hoursAgo: 3, kind: 'QUESTION' });
      chloeRoute = await contribution(ids.chloe, 'Chloe’s coast route', { hoursAgo: 2, kind: 'ROUTE', tags: ['gravel'] });
      chloeOther = await contribution(ids.chloe, 'Chloe’s other build', { hoursAgo: 1 });
      mayaPost = await contribution(ids.maya, 'A word from the brand', { hoursAgo: 0.5, kind: 'PROJECT_UPDATE' });
      // Ana (the consumer client) follows Ben and one of Chloe's contributions; Ben follows Ana (not Ana's feed).
      await env.dataSource.query(`INSERT INTO follow (follower_id, member_id) VALUES ($1, $2), ($2, $1)`, [ids.ana, ids.ben]);
      await env.dataSource.query(`INSERT INTO follow (follower_id, contribution_id) VALUES ($1, $2)`, [ids.ana, chloeRoute]);
    });

    it('never shows a draft or a removed contribution, in any scope, filter or profile', async () => {
      const everywhere = [
        ...(await feed(env.visitor(), { first: 50 })).nodes,
        ...(await feed(env.as.consumer, { first: 50, scope: 'TRENDING' })).nodes,
        ...(await feed(env.as.consumer, { first: 50, tag: 'gravel' })).nodes,
        ...(await feed(env.as.manager, { first: 50, scope: 'FOLLOWING' })).nodes,
      ];
      const { member } = await env.as.consumer.data<{ member: { contributions: { nodes: Card[] } } }>(
        `query($id: ID!) { member(id: $id) { contributions(first: 50) { nodes { id } } } }`,
        { id: ids.ana },
      );
      const shown = new Set([...everywhere.map((c) => c.id), ...member.contributions.nodes.map((c) => c.id)]);
      expect(shown.has(anaBuild)).toBe(true);
      expect(shown.has(anaDraft)).toBe(false);
      expect(shown.has(anaRemoved)).toBe(false);
    });

    it('LATEST is every published contribution, newest first', async () => {
      const page = await feed(env.visitor(), { first: 50 });
      expect(page.nodes.map((c) => c.id)).toEqual([mayaPost, chloeOther, chloeRoute, benQuestion, benGuide, anaBuild]);
    });

    it('FOLLOWING is what the followed members published and the followed contributions, for the signed-in viewer only', async () => {
      const ana = await feed(env.as.consumer, { first: 50, scope: 'FOLLOWING' });
      expect(ana.nodes.map((c) => c.id)).toEqual([chloeRoute, benQuestion, benGuide]);
      const visitor = await env.visitor().request(FEED, { first: 5, scope: 'FOLLOWING' });
      expect(firstError(visitor)).toMatchObject({ code: 'UNAUTHENTICATED' });
      // Maya follows nobody: an empty feed, not everyone's.
      expect((await feed(env.as.manager, { first: 50, scope: 'FOLLOWING' })).nodes).toEqual([]);
    });

    it('filters by tag, whatever its case or "#"', async () => {
      const page = await feed(env.visitor(), { first: 50, tag: '#Gravel' });
      expect(page.nodes.map((c) => c.id)).toEqual([chloeRoute, anaBuild]);
    });

    it('TRENDING ranks by time-decayed engagement, updated as people take part', async () => {
      const order = async () => (await feed(env.visitor(), { first: 50, scope: 'TRENDING' })).nodes.map((c) => c.id);
      // Nothing taken part in yet: the newest first, as LATEST.
      expect(await order()).toEqual([mayaPost, chloeOther, chloeRoute, benQuestion, benGuide, anaBuild]);

      // Ana's build (5 h old) gets 6 comments: log10(1 + 12) ≈ 1.11, worth 1.11 × 12.5 h ≈ 13.9 h of
      // freshness, so it passes everything newer. Counts change through the service, as comments do.
      const contributions = env.app.get(ContributionService);
      await env.app.get(TransactionalConnection).withTransaction(() => contributions.adjustCount(anaBuild, 'commentCount', 6));
      expect((await order())[0]).toBe(anaBuild);

      // Ben's guide (4 h old) gets one reaction: log10(2) ≈ 0.30, worth ≈ 3.8 h, so it ranks as if
      // 0.2 h old: above everything but Ana's build, whose lead its one reaction does not close.
      await env.app.get(TransactionalConnection).withTransaction(() => contributions.adjustCount(benGuide, 'reactionCount', 1));
      expect(await order()).toEqual([anaBuild, benGuide, mayaPost, chloeOther, chloeRoute, benQuestion]);

      // The score is the documented formula.
      const [row] = await env.dataSource.query(
        `SELECT hot_score, log(13) + extract(epoch FROM published_at)::float8 / 45000 AS expected FROM contribution WHERE id = $1`,
        [anaBuild],
      );
      expect(row.hot_score).toBeCloseTo(row.expected, 9);
    });

    it('lists a member’s published contributions on their profile, page by page and by kind', async () => {
      const query = `query($id: ID!, $after: String, $kind: ContributionKind) { member(id: $id) { contributions(first: 1, after: $after, kind: $kind) { nodes { id title } pageInfo { hasNextPage endCursor } } } }`;
      type Result = { member: { contributions: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
      const first = await env.visitor().data<Result>(query, { id: ids.ben });
      expect(first.member.contributions.nodes.map((c) => c.id)).toEqual([benQuestion]);
      expect(first.member.contributions.pageInfo.hasNextPage).toBe(true);
      const second = await env.visitor().data<Result>(query, { id: ids.ben, after: first.member.contributions.pageInfo.endCursor });
      expect(second.member.contributions.nodes.map((c) => c.id)).toEqual([benGuide]);
      expect(second.member.contributions.pageInfo.hasNextPage).toBe(false);
      const guides = await env.visitor().data<Result>(query, { id: ids.ben, kind: 'GUIDE' });
      expect(guides.member.contributions.nodes.map((c) => c.id)).toEqual([benGuide]);
    });

    it('loads the contributions of several members in one statement', async () => {
      env.queries.length = 0;
      const { communityFeed } = await env.visitor().data<{ communityFeed: { nodes: { author: { contributions: { nodes: unknown[] } } }[] } }>(
        `{ communityFeed(first: 50) { nodes { author { contributions(first: 3) { nodes { id } } } } } }`,
      );
      expect(communityFeed.nodes).toHaveLength(6);
      const lateral = env.queries.filter((sql) => sql.includes('CROSS JOIN LATERAL'));
      expect(lateral).toHaveLength(1);
    });
  });
});
