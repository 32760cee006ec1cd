import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { createShoppers } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const POST_COMMENT = `mutation($input: PostCommentInput!) { postComment(input: $input) { id parentId body bodyHtml author { displayName } } }`;
type Posted = { postComment: { id: string; parentId: string | null; body: string; bodyHtml: string } };
const THREAD = `query($id: ID!, $first: Int) { contribution(id: $id) { commentCount comments(first: $first) { nodes { id status body bodyHtml viewerCanEdit author { displayName } replies { id body author { displayName } } } pageInfo { hasNextPage endCursor } } } }`;
type Thread = {
  contribution: {
    commentCount: number;
    comments: { nodes: { id: string; status: string; body: string; bodyHtml: string; viewerCanEdit: boolean; replies: { id: string; body: string }[] }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };
};

describe('comments, reactions, follows and saved collections', () => {
  let env: TestEnvironment;
  let authorId: string;
  let anaId: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    [{ id: authorId }] = await env.dataSource.query(`SELECT id FROM account WHERE email = 'manager@ridgeline.example'`);
    anaId = (await env.as.consumer.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
  });
  afterAll(() => env.close());

  /** A contribution by the brand manager: published unless `status` says otherwise. */
  const contribution = async (status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') =>
    (
      await env.dataSource.query(
        `INSERT INTO contribution (kind, author_id, title, status, published_at) VALUES ('BUILD', $1, 'Gravel build', $2::contribution_status, CASE WHEN $2::text = 'PUBLISHED' THEN now() END) RETURNING id`,
        [authorId, status],
      )
    )[0].id as string;
  const events = (type: string, subjectId: string) =>
    env.dataSource.query(`SELECT actor_id AS "actorId", payload FROM platform_event WHERE type = $1 AND subject_id = $2 ORDER BY id`, [type, subjectId]);
  const thread = (client: GraphQLTestClient, id: string, first = 20) => client.data<Thread>(THREAD, { id, first });

  describe('comments', () => {
    it('keeps replies one level deep, counts them on the contribution and records each comment', async () => {
      const id = await contribution();
      const { postComment: top } = await env.as.consumer.data<Posted>(POST_COMMENT, { input: { contributionId: id, body: 'Which **tyres** are these?' } });
      const { postComment: reply } = await env.as.manager.data<Posted>(POST_COMMENT, { input: { contributionId: id, parentId: top.id, body: '45 mm slicks.' } });
      const { postComment: replyToReply } = await env.as.vendor.data<Posted>(POST_COMMENT, { input: { contributionId: id, parentId: reply.id, body: 'Good choice.' } });

      expect([reply.parentId, replyToReply.parentId]).toEqual([top.id, top.id]);
      expect(top.bodyHtml.trim()).toBe('<p>Which <strong>tyres</strong> are these?</p>');
      const { contribution: seen } = await thread(env.visitor(), id);
      expect(seen.commentCount).toBe(3);
      expect(seen.comments.nodes.map((c) => [c.body, c.replies.map((r) => r.body)])).toEqual([['Which **tyres** are these?', ['45 mm slicks.', 'Good choice.']]]);
      expect(await events('comment.posted', replyToReply.id)).toEqual([{ actorId: expect.any(String), payload: { contributionId: id, parentId: top.id } }]);
    });

    it('renders a comment through the sanitiser: no script, handler or javascript: link survives', async () => {
      const id = await contribution();
      const body = '<script>alert(1)</script><img src=x onerror=alert(1)> [click](javascript:alert(1)) <a href="https://example.com" onclick="alert(1)">x</a>';
      const { postComment } = await env.as.consumer.data<Posted>(POST_COMMENT, { input: { contributionId: id, body } });
      expect(postComment.body).toBe(body);
      // Escaped text may show the words; no element, attribute or link may carry them.
      expect(postComment.bodyHtml).not.toMatch(/<(script|img)\b/i);
      expect(postComment.bodyHtml).not.toMatch(/<[^>]*\son\w+=/i);
      expect([...postComment.bodyHtml.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(['https://example.com']);
    });

    it('refuses a comment on a draft as if it did not exist, and writes nothing', async () => {
      const id = await contribution('DRAFT');
      const before = [await env.count('comment'), await env.count('platform_event')];
      const refused = await env.as.consumer.request(POST_COMMENT, { input: { contributionId: id, body: 'First!' } });
      expect(firstError(refused)).toMatchObject({ code: 'NOT_FOUND', field: 'contributionId' });
      expect([await env.count('comment'), await env.count('platform_event')]).toEqual(before);
    });

    it('refuses a reply to a comment of another contribution', async () => {
      const [first, second] = [await contribution(), await contribution()];
      const { postComment } = await env.as.consumer.data<Posted>(POST_COMMENT, { input: { contributionId: first, body: 'On the first one.' } });
      const refused = await env.as.consumer.request(POST_COMMENT, { input: { contributionId: second, parentId: postComment.id, body: 'Misplaced.' } });
      expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
    });

    it('lets only its author edit or delete a comment; a deleted comment keeps its replies under a placeholder', async () => {
      const id = await contribution();
      const { postComment: top } = await env.as.consumer.data<Posted>(POST_COMMENT, { input: { contributionId: id, body: 'Nice paint.' } });
      const { postComment: lone } = await env.as.consumer.data<Posted>(POST_COMMENT, { input: { contributionId: id, body: 'Typo.' } });
      await env.as.manager.data<Posted>(POST_COMMENT, { input: { contributionId: id, parentId: top.id, body: 'Thanks!' } });

      const edit = `mutation($input: EditCommentInput!) { editComment(input: $input) { body editedAt } }`;
      expect(firstError(await env.as.manager.request(edit, { input: { id: top.id, body: 'Ugly paint.' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
      expect(firstError(await env.as.manager.request(`mutation($id: ID!) { deleteComment(id: $id) { id } }`, { id: top.id }))).toMatchObject({ code: 'NOT_FOUND' });
      const { editComment } = await env.as.consumer.data<{ editComment: { body: string; editedAt: string } }>(edit, { input: { id: top.id, body: 'Lovely paint.' } });
      expect(editComment).toEqual({ body: 'Lovely paint.', editedAt: expect.any(String) });

      for (const comment of [top, lone]) await env.as.consumer.data(`mutation($id: ID!) { deleteComment(id: $id) { status } }`, { id: comment.id });
      const { contribution: seen } = await thread(env.as.consumer, id);
      expect(seen.commentCount).toBe(1);
      expect(seen.comments.nodes).toEqual([
        expect.objectContaining({ id: top.id, status: 'REMOVED', body: '', bodyHtml: '', viewerCanEdit: false, replies: [expect.objectContaining({ body: 'Thanks!' })] }),
      ]);
    });

    it('pages top-level comments with a cursor, and a page costs the same statements for 2 threads as for 12', async () => {
      const id = await contribution();
      const [other] = await createShoppers(env, 1, []);
      for (let i = 0; i < 12; i++) {
        const { postComment } = await env.as.consumer.data<Posted>(POST_COMMENT, { input: { contributionId: id, body: `Comment ${i}` } });
        await other.data(POST_COMMENT, { input: { contributionId: id, parentId: postComment.id, body: `Reply ${i}` } });
      }
      const statements = async (first: number) => {
        env.queries.length = 0;
        const { contribution: seen } = await thread(env.visitor(), id, first);
        expect(seen.comments.nodes).toHaveLength(first);
        expect(seen.comments.nodes.every((c) => c.replies.length === 1)).toBe(true);
        return env.queries.length;
      };
      expect(await statements(2)).toBe(await statements(12));

      const page = `query($id: ID!, $after: String) { contribution(id: $id) { comments(first: 5, after: $after) { nodes { body } pageInfo { hasNextPage endCursor } } } }`;
      const bodies: string[] = [];
      let after: string | null = null;
      do {
        const { contribution: seen }: { contribution: { comments: { nodes: { body: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } = await env.visitor().data(page, { id, after });
        bodies.push(...seen.comments.nodes.map((c) => c.body));
        after = seen.comments.pageInfo.hasNextPage ? seen.comments.pageInfo.endCursor : null;
      } while (after);
      expect(bodies).toEqual(Array.from({ length: 12 }, (_, i) => `Comment ${i}`));
    });
  });

  describe('reactions', () => {
    const REACT = `mutation($id: ID!, $kind: ReactionKind!) { react(contributionId: $id, kind: $kind) { reactionCount viewerReactions reactions { kind count } } }`;
    type Reacted = { react: { reactionCount: number; viewerReactions: string[]; reactions: { kind: string; count: number }[] } };

    it('counts one reaction per member and kind, and records each once', async () => {
      const id = await contribution();
      await env.as.consumer.data(REACT, { id, kind: 'LIKE' });
      await env.as.consumer.data(REACT, { id, kind: 'LIKE' });
      const { react } = await env.as.consumer.data<Reacted>(REACT, { id, kind: 'APPLAUD' });
      expect(react).toEqual({
        reactionCount: 2,
        viewerReactions: ['LIKE', 'APPLAUD'],
        reactions: [{ kind: 'LIKE', count: 1 }, { kind: 'APPLAUD', count: 1 }, { kind: 'HELPFUL', count: 0 }, { kind: 'INSPIRING', count: 0 }],
      });
      expect(await events('reaction.added', id)).toEqual([{ actorId: anaId, payload: { kind: 'LIKE' } }, { actorId: anaId, payload: { kind: 'APPLAUD' } }]);

      const { unreact } = await env.as.consumer.data<{ unreact: { reactionCount: number; viewerReactions: string[] } }>(
        `mutation($id: ID!) { unreact(contributionId: $id, kind: LIKE) { reactionCount viewerReactions } }`,
        { id },
      );
      expect(unreact).toEqual({ reactionCount: 1, viewerReactions: ['APPLAUD'] });
    });

    it('keeps the count right when many members react at once', async () => {
      const id = await contribution();
      const members = await createShoppers(env, 8, []);
      await Promise.all(members.map((member) => member.data(REACT, { id, kind: 'LIKE' })));
      const [{ reaction_count }] = await env.dataSource.query(`SELECT reaction_count FROM contribution WHERE id = $1`, [id]);
      expect(reaction_count).toBe(8);
    });

    it('refuses a reaction to a draft', async () => {
      const id = await contribution('DRAFT');
      expect(firstError(await env.as.consumer.request(REACT, { id, kind: 'LIKE' }))).toMatchObject({ code: 'NOT_FOUND', field: 'contributionId' });
    });
  });

  describe('follows', () => {
    it('follows and unfollows a member, with their follower count and the viewer’s state', async () => {
      const follow = `mutation($id: ID!) { followMember(memberId: $id) { followerCount viewerFollows } }`;
      const [follower] = await createShoppers(env, 1, []);
      await env.as.consumer.data(follow, { id: authorId });
      expect(await follower.data(follow, { id: authorId })).toEqual({ followMember: { followerCount: 2, viewerFollows: true } });
      expect(await follower.data(follow, { id: authorId })).toEqual({ followMember: { followerCount: 2, viewerFollows: true } });
      expect(await env.visitor().data(`query($id: ID!) { member(id: $id) { followerCount viewerFollows } }`, { id: authorId })).toEqual({ member: { followerCount: 2, viewerFollows: false } });
      expect((await events('follow.started', authorId)).map((e: { payload: unknown }) => e.payload)).toEqual([{ target: 'MEMBER' }, { target: 'MEMBER' }]);

      expect(await follower.data(`mutation($id: ID!) { unfollowMember(memberId: $id) { followerCount viewerFollows } }`, { id: authorId })).toEqual({
        unfollowMember: { followerCount: 1, viewerFollows: false },
      });
      expect(firstError(await env.as.consumer.request(follow, { id: anaId }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'memberId' });
    });

    it('follows a published contribution into the follow table the feed reads', async () => {
      const id = await contribution();
      const { followContribution } = await env.as.consumer.data<{ followContribution: { viewerFollows: boolean } }>(
        `mutation($id: ID!) { followContribution(contributionId: $id) { viewerFollows } }`,
        { id },
      );
      expect(followContribution).toEqual({ viewerFollows: true });
      expect(await env.dataSource.query(`SELECT follower_id, member_id FROM follow WHERE contribution_id = $1`, [id])).toEqual([{ follower_id: anaId, member_id: null }]);
      expect(await events('follow.started', id)).toEqual([{ actorId: anaId, payload: { target: 'CONTRIBUTION' } }]);
      await env.as.consumer.data(`mutation($id: ID!) { unfollowContribution(contributionId: $id) { id } }`, { id });
      expect(await env.dataSource.query(`SELECT 1 FROM follow WHERE contribution_id = $1`, [id])).toEqual([]);
    });
  });

  describe('saved collections', () => {
    const SAVE = `mutation($id: ID!, $collectionId: ID) { saveToCollection(contributionId: $id, collectionId: $collectionId) { id name isPublic itemCount } }`;
    type Saved = { saveToCollection: { id: string; name: string; isPublic: boolean; itemCount: number } };
    const COLLECTION = `query($id: ID!) { collection(id: $id) { name owner { displayName } items { nodes { id title } } } }`;

    it('saves into a private "Saved" collection made on the first save, which only its owner sees until made public', async () => {
      const [first, second] = [await contribution(), await contribution()];
      const [member] = await createShoppers(env, 1, []);
      const { saveToCollection: saved } = await member.data<Saved>(SAVE, { id: first });
      expect(saved).toMatchObject({ name: 'Saved', isPublic: false, itemCount: 1 });
      expect((await member.data<Saved>(SAVE, { id: second })).saveToCollection).toMatchObject({ id: saved.id, itemCount: 2 });
      expect((await member.data<Saved>(SAVE, { id: second })).saveToCollection.itemCount).toBe(2);

      const owned = await member.data<{ collection: { items: { nodes: { id: string }[] } } }>(COLLECTION, { id: saved.id });
      expect(owned.collection.items.nodes.map((n) => n.id)).toEqual([second, first]);
      expect(firstError(await env.as.consumer.request(COLLECTION, { id: saved.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

      await member.data(`mutation($id: ID!) { updateCollection(input: { id: $id, isPublic: true }) { isPublic } }`, { id: saved.id });
      expect((await env.visitor().data<{ collection: { name: string } }>(COLLECTION, { id: saved.id })).collection.name).toBe('Saved');
      expect(await events('collection.item_saved', first)).toEqual([{ actorId: expect.any(String), payload: { collectionId: saved.id } }]);
    });

    it('keeps named collections apart, refuses a duplicate name and another member’s collection, and removes items', async () => {
      const id = await contribution();
      const [member, other] = await createShoppers(env, 2, []);
      const create = `mutation($name: String!) { createCollection(input: { name: $name }) { id name isPublic } }`;
      const { createCollection } = await member.data<{ createCollection: { id: string; name: string; isPublic: boolean } }>(create, { name: 'Winter builds' });
      expect(createCollection).toMatchObject({ name: 'Winter builds', isPublic: false });
      expect(firstError(await member.request(create, { name: 'Winter builds' }))).toMatchObject({ code: 'CONFLICT', field: 'name' });

      expect(firstError(await other.request(SAVE, { id, collectionId: createCollection.id }))).toMatchObject({ code: 'NOT_FOUND', field: 'collectionId' });
      await member.data(SAVE, { id, collectionId: createCollection.id });
      expect(await member.data(`{ myCollections { name itemCount } }`)).toEqual({ myCollections: [{ name: 'Winter builds', itemCount: 1 }] });
      expect(await member.data(`query($id: ID!) { contribution(id: $id) { viewerSaved } }`, { id })).toEqual({ contribution: { viewerSaved: true } });

      await member.data(`mutation($c: ID!, $id: ID!) { removeFromCollection(collectionId: $c, contributionId: $id) { itemCount } }`, { c: createCollection.id, id });
      expect(await member.data(`query($id: ID!) { contribution(id: $id) { viewerSaved } }`, { id })).toEqual({ contribution: { viewerSaved: false } });
    });

    it('shows only the saved contributions the viewer may still see', async () => {
      const id = await contribution();
      const [member] = await createShoppers(env, 1, []);
      const { saveToCollection } = await member.data<Saved>(SAVE, { id });
      await env.dataSource.query(`UPDATE contribution SET status = 'REMOVED' WHERE id = $1`, [id]);
      const seen = await member.data<{ collection: { items: { nodes: unknown[] } } }>(COLLECTION, { id: saveToCollection.id });
      expect(seen.collection.items.nodes).toEqual([]);
    });
  });
});
