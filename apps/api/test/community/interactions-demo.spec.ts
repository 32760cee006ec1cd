import { DemoDataService } from '../../src/demo/demo-data.service';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

describe('the demo’s community conversation', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('has the demo riders follow each other from the start', async () => {
    const follows = await env.dataSource.query(
      `SELECT a.email AS follower, b.email AS followed FROM follow f JOIN account a ON a.id = f.follower_id JOIN account b ON b.id = f.member_id ORDER BY 1, 2`,
    );
    expect(follows).toEqual(expect.arrayContaining([{ follower: 'ana@riders.example', followed: 'ben@riders.example' }, { follower: 'chloe@riders.example', followed: 'ana@riders.example' }]));
  });

  it('comments, reacts, follows builds and saves on what the kinds published, once however often it runs', async () => {
    const counts = async () =>
      Promise.all(['comment', 'reaction', 'follow', 'collection', 'collection_item', 'platform_event'].map((table) => env.count(table)));
    const before = await counts();

    // Ben's first build, from the builds demo: the riders talk about it, react and follow it.
    const [{ id: build, author }] = await env.dataSource.query(
      `SELECT c.id, a.display_name AS author FROM contribution c JOIN account a ON a.id = c.author_id
       WHERE c.kind = 'BUILD' AND c.status = 'PUBLISHED' AND a.email = 'ben@riders.example' ORDER BY c.published_at, c.id LIMIT 1`,
    );
    const thread = await env.visitor().data<{ contribution: { commentCount: number; reactionCount: number; comments: { nodes: { author: { displayName: string }; replies: { author: { displayName: string } }[] }[] } } }>(
      `query($id: ID!) { contribution(id: $id) { commentCount reactionCount comments { nodes { author { displayName } replies { author { displayName } } } } } }`,
      { id: build },
    );
    expect(thread.contribution.commentCount).toBe(2);
    expect(thread.contribution.reactionCount).toBeGreaterThanOrEqual(2);
    // The comment is another rider's, and the build's author answers it.
    expect(thread.contribution.comments.nodes[0].author.displayName).not.toBe(author);
    expect(thread.contribution.comments.nodes[0].replies[0].author.displayName).toBe(author);
    expect((await env.dataSource.query(`SELECT count(*)::int AS n FROM follow WHERE contribution_id = $1`, [build]))[0].n).toBeGreaterThanOrEqual(1);

    const collections = await env.dataSource.query(
      `SELECT a.email, c.name, c.is_public, count(i.contribution_id)::int AS items, bool_and(k.kind = 'ROUTE') AS only_routes
       FROM collection c JOIN account a ON a.id = c.owner_id JOIN collection_item i ON i.collection_id = c.id JOIN contribution k ON k.id = i.contribution_id
       WHERE a.email IN ('ana@riders.example', 'chloe@riders.example') GROUP BY 1, 2, 3 ORDER BY 1, 2`,
    );
    expect(collections).toEqual([
      { email: 'ana@riders.example', name: 'Saved', is_public: false, items: 3, only_routes: expect.any(Boolean) },
      { email: 'chloe@riders.example', name: 'Weekend rides', is_public: true, items: expect.any(Number), only_routes: true },
    ]);

    // Seeding again adds nothing.
    await env.app.get(DemoDataService).seed();
    expect(await counts()).toEqual(before);
  });
});
