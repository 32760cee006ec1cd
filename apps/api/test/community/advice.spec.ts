import { firstError, GraphQLTestClient } from '@flagship/testing';
import { DEMO_PASSWORD } from '../../src/demo/ridgeline-cycles';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const ASK = `mutation($input: AskQuestionInput!) { askQuestion(input: $input) { id kind status asksAdvice product { slug } } }`;
const ANSWER = `mutation($input: AnswerInput!) { answer(input: $input) { id bodyHtml expert { reason label } author { displayName } } }`;
const ACCEPT = `mutation($answerId: ID!) { acceptAnswer(answerId: $answerId) { id acceptedAnswer { id } } }`;
const THREAD = `query($id: ID!) { contribution(id: $id) { firstAnswerAt acceptedAnswer { id } answers { id accepted author { displayName } expert { reason label } } } }`;

type Answered = { answer: { id: string; bodyHtml: string; expert: { reason: string; label: string } | null; author: { displayName: string } } };
type Thread = {
  contribution: {
    firstAnswerAt: string | null;
    acceptedAnswer: { id: string } | null;
    answers: { id: string; accepted: boolean; author: { displayName: string }; expert: { reason: string; label: string } | null }[];
  };
};

describe('advice: questions, answers, experts and progress posts', () => {
  let env: TestEnvironment;
  let ana: GraphQLTestClient;
  let ben: GraphQLTestClient;
  let chloe: GraphQLTestClient;
  let productId: string;
  let bikesId: string;
  let benId: string;

  const signIn = async (email: string) => {
    const client = new GraphQLTestClient(env.baseUrl);
    await client.data(`mutation($input: LogInInput!) { logIn(input: $input) { account { id } } }`, { input: { email, password: DEMO_PASSWORD } });
    return client;
  };
  const events = (type: string, subjectId: string) => env.dataSource.query(`SELECT actor_id, payload FROM platform_event WHERE type = $1 AND subject_id = $2`, [type, subjectId]);
  const ask = async (client: GraphQLTestClient, input: Record<string, unknown>) =>
    (await client.data<{ askQuestion: { id: string; kind: string; status: string; asksAdvice: boolean; product: { slug: string } | null } }>(ASK, { input })).askQuestion;
  const answer = async (client: GraphQLTestClient, contributionId: string, body: string) => (await client.data<Answered>(ANSWER, { input: { contributionId, body } })).answer;
  const thread = async (id: string) => (await env.visitor().data<Thread>(THREAD, { id })).contribution;

  beforeAll(async () => {
    env = await createTestEnvironment();
    ana = env.as.consumer;
    [ben, chloe] = await Promise.all([signIn('ben@riders.example'), signIn('chloe@riders.example')]);
    [{ id: productId, category_id: bikesId }] = await env.dataSource.query(`SELECT id, category_id FROM product WHERE slug = 'commuter-8'`);
    [{ id: benId }] = await env.dataSource.query(`SELECT id FROM account WHERE email = 'ben@riders.example'`);
  });
  afterAll(() => env.close());

  it('asks a question on a product page: it is in the product’s category, asks for advice, and the product lists it', async () => {
    const question = await ask(ana, { productId, title: 'Does the hub gear cope with steep hills?', body: 'My commute has a **12%** ramp.', publish: true });
    expect(question).toMatchObject({ kind: 'QUESTION', status: 'PUBLISHED', asksAdvice: true, product: { slug: 'commuter-8' } });
    expect((await env.dataSource.query(`SELECT category_id FROM contribution WHERE id = $1`, [question.id]))[0].category_id).toBe(bikesId);
    const { product } = await env.visitor().data<{ product: { questions: { nodes: { id: string; title: string }[] } } }>(
      `{ product(slug: "commuter-8") { questions(first: 5) { nodes { id title } } } }`,
    );
    expect(product.questions.nodes[0]).toEqual({ id: question.id, title: 'Does the hub gear cope with steep hills?' });
  });

  it('badges experts as they were when they answered, records the time to first answer, and lists the accepted answer first, then experts, then oldest', async () => {
    await env.as.manager.data(`mutation($a: ID!, $c: ID!) { setCategoryExpert(accountId: $a, categoryId: $c) { member { displayName } category { name } } }`, { a: benId, c: bikesId });
    const question = await ask(ana, { productId, title: 'Which tyre pressure for cobbles?', publish: true });
    // Published two hours ago: the first answer by someone else took about 7200 seconds.
    await env.dataSource.query(`UPDATE contribution SET published_at = now() - interval '2 hours' WHERE id = $1`, [question.id]);

    const own = await answer(ana, question.id, 'Forgot to say: 42 mm tyres.');
    expect((await thread(question.id)).firstAnswerAt).toBeNull();
    const layman = await answer(chloe, question.id, 'I run 3 bar.');
    const expert = await answer(ben, question.id, 'About 2.8 bar at your weight.');
    const vendor = await answer(env.as.vendor, question.id, 'Come by and we measure it with you.');

    expect(own.expert).toBeNull();
    expect(layman.expert).toBeNull();
    expect(expert.expert).toEqual({ reason: 'CATEGORY_EXPERT', label: 'Expert in Bikes' });
    expect(vendor.expert).toMatchObject({ reason: 'VENDOR_STAFF' });
    const [first] = await events('answer.posted', layman.id);
    expect(first.payload.secondsToFirstAnswer).toBeGreaterThanOrEqual(7200);
    expect(first.payload.secondsToFirstAnswer).toBeLessThan(7260);
    expect((await events('answer.posted', own.id))[0].payload).toEqual({ contributionId: question.id, expert: null, secondsToFirstAnswer: null });
    expect((await events('answer.posted', vendor.id))[0].payload.secondsToFirstAnswer).toBeNull();
    expect((await thread(question.id)).firstAnswerAt).not.toBeNull();

    expect((await thread(question.id)).answers.map((a) => a.id)).toEqual([expert.id, vendor.id, own.id, layman.id]);
    expect((await ana.data<{ acceptAnswer: { acceptedAnswer: { id: string } } }>(ACCEPT, { answerId: layman.id })).acceptAnswer.acceptedAnswer.id).toBe(layman.id);
    const accepted = await thread(question.id);
    expect(accepted.answers.map((a) => [a.id, a.accepted])).toEqual([[layman.id, true], [expert.id, false], [vendor.id, false], [own.id, false]]);

    // The asker changes their mind: the mark moves, and the event says from where.
    await ana.data(ACCEPT, { answerId: expert.id });
    expect((await thread(question.id)).answers.map((a) => a.id)).toEqual([expert.id, vendor.id, own.id, layman.id]);
    expect((await events('answer.accepted', expert.id))[0].payload).toEqual({ contributionId: question.id, previousAnswerId: layman.id, expert: 'CATEGORY_EXPERT' });

    // Unmarked, Ben answers as anyone does from now on; his earlier answer keeps its badge.
    expect(await env.as.manager.data(`mutation($a: ID!, $c: ID!) { removeCategoryExpert(accountId: $a, categoryId: $c) }`, { a: benId, c: bikesId })).toEqual({ removeCategoryExpert: true });
    expect((await answer(ben, question.id, 'And check it weekly.')).expert).toBeNull();
    expect((await thread(question.id)).answers.find((a) => a.id === expert.id)!.expert).toEqual({ reason: 'CATEGORY_EXPERT', label: 'Expert in Bikes' });
  });

  it('refuses another member marking the accepted answer, and changes nothing', async () => {
    const question = await ask(ana, { productId, title: 'Fenders for 45 mm tyres?', publish: true });
    const reply = await answer(chloe, question.id, 'The wide ones fit.');
    const refused = await chloe.request(ACCEPT, { answerId: reply.id });
    expect(firstError(refused)).toMatchObject({ code: 'FORBIDDEN', field: 'answerId', message: 'Only the asker can mark the answer that helped' });
    expect((await thread(question.id)).acceptedAnswer).toBeNull();
    expect(await events('answer.accepted', reply.id)).toEqual([]);
  });

  it('refuses answers to a draft (it does not exist for others) and to a post that does not ask for advice', async () => {
    const draft = await ask(ana, { productId, title: 'Still drafting this', publish: false });
    expect(firstError(await chloe.request(ANSWER, { input: { contributionId: draft.id, body: 'Hello?' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'contributionId' });
    const { postProjectUpdate } = await ana.data<{ postProjectUpdate: { id: string; asksAdvice: boolean } }>(
      `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { id asksAdvice } }`,
      { input: { title: 'Week 3: wheels built', publish: true } },
    );
    expect(postProjectUpdate.asksAdvice).toBe(false);
    expect(firstError(await chloe.request(ANSWER, { input: { contributionId: postProjectUpdate.id, body: 'Nice!' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contributionId',
      message: 'This post does not ask for advice',
    });
    expect(await env.dataSource.query(`SELECT id FROM answer WHERE contribution_id = ANY($1)`, [[draft.id, postProjectUpdate.id]])).toEqual([]);
  });

  it('posts progress on one’s own build only, and shows the build with the post', async () => {
    const [{ id: anaId }] = await env.dataSource.query(`SELECT id FROM account WHERE email = 'ana@riders.example'`);
    const insertBuild = async (authorId: string, title: string) =>
      (await env.dataSource.query(`INSERT INTO contribution (kind, author_id, title, status, published_at) VALUES ('BUILD', $1, $2, 'PUBLISHED', now()) RETURNING id`, [authorId, title]))[0].id as string;
    const own = await insertBuild(anaId, 'Ana’s bikepacking rig');
    const others = await insertBuild(benId, 'Ben’s climber');
    const POST = `mutation($input: PostProjectUpdateInput!) { postProjectUpdate(input: $input) { id asksAdvice project { id title } } }`;

    const { postProjectUpdate } = await ana.data<{ postProjectUpdate: { id: string; asksAdvice: boolean; project: { id: string; title: string } } }>(POST, {
      input: { projectId: own, title: 'Frame bag fitted: which bottle cages?', asksAdvice: true, publish: true },
    });
    expect(postProjectUpdate).toMatchObject({ asksAdvice: true, project: { id: own, title: 'Ana’s bikepacking rig' } });
    expect((await answer(ben, postProjectUpdate.id, 'Side-loading ones.')).author.displayName).toBe('Ben Climber');

    const before = await env.count('contribution');
    expect(firstError(await ana.request(POST, { input: { projectId: others, title: 'Not mine' } }))).toMatchObject({ code: 'NOT_FOUND', field: 'projectId' });
    expect(await env.count('contribution')).toBe(before);
  });

  it('loads the answers of a whole page of questions in a fixed number of statements', async () => {
    const count = async (first: number) => {
      env.queries.length = 0;
      await env.visitor().data(`query($first: Int!) { product(slug: "commuter-8") { questions(first: $first) { nodes { title author { displayName } acceptedAnswer { id } answers { bodyHtml accepted author { displayName } expert { label } } } } } }`, { first });
      return env.queries.length;
    };
    // The newest three hold an accepted answer, experts' and others' answers; the newest alone has no accepted one.
    expect(await count(3)).toBe(await count(1));
  });
});
