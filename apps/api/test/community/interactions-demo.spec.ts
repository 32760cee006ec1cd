import { DemoDataService } from '../../src/demo/demo-data.service';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

describe('the demo’s community conversation', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const idOf = async (email: string) => (await env.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]))[0].id as string;
  const publish = async (email: string, kind: string, title: string) =>
    (await env.dataSource.query(`INSERT INTO contribution (kind, author_id, title, status, published_at) VALUES ($1, $2, $3, 'PUBLISHED', now()) RETURNING id`, [kind, await idOf(email), title]))[0]
      .id as string;

  it('has the demo riders follow each other from the start', async () => {
    const follows = await env.dataSource.query(
      `SELECT a.email AS follower, b.email AS followed FROM follow f JOIN account a ON a.id = f.follower_id JOIN account b ON b.id = f.member_id ORDER BY 1, 2`,
    );
    expect(follows).toEqual(expect.arrayContaining([{ follower: 'ana@riders.example', followed: 'ben@riders.example' }, { follower: 'chloe@riders.example', followed: 'ana@riders.example' }]));
  });

  it('comments, reacts, follows builds and saves on what the kinds published, once however often it runs', async () => {
    const build = await publish('ben@riders.example', 'BUILD', 'Ben’s gravel build');
    const route = await publish('ana@riders.example', 'ROUTE', 'Ana’s river loop');
    await env.app.get(DemoDataService).seed();
    const counts = async () =>
      Promise.all(['comment', 'reaction', 'follow', 'collection', 'collection_item', 'platform_event'].map((table) => env.count(table)));
    const after = await counts();

    const thread = await env.visitor().data<{ contribution: { commentCount: number; reactionCount: number; comments: { nodes: { author: { displayName: string }; replies: { author: { displayName: string } }[] }[] } } }>(
      `query($id: ID!) { contribution(id: $id) { commentCount reactionCount comments { nodes { author { displayName } replies { author { displayName } } } } } }`,
      { id: build },
    );
    expect(thread.contribution.commentCount).toBe(2);
    expect(thread.contribution.reactionCount).toBe(4);
    expect(thread.contribution.comments.nodes[0].replies[0].author.displayName).toBe('Ben Climber');
    expect(await env.dataSource.query(`SELECT count(*)::int AS n FROM follow WHERE contribution_id = $1`, [build])).toEqual([{ n: 2 }]);
    const saved = await env.dataSource.query(
      `SELECT c.name, c.is_public, i.contribution_id FROM collection c JOIN collection_item i ON i.collection_id = c.id JOIN account a ON a.id = c.owner_id WHERE a.email IN ('ana@riders.example', 'chloe@riders.example') ORDER BY c.name`,
    );
    expect(saved).toEqual([
      { name: 'Saved', is_public: false, contribution_id: build },
      { name: 'Weekend rides', is_public: true, contribution_id: route },
    ]);

    await env.app.get(DemoDataService).seed();
    expect(await counts()).toEqual(after);
  });
});
