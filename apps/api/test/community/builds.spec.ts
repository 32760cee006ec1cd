import { BuildExpiryJob } from '@flagship/community';
import { DemoDataService } from '../../src/demo/demo-data.service';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { createShoppers, variantIdBySku } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const BUILD_FIELDS = `id title status supportCount
  build { id state stageNumber stageCount stageTarget stageDeadline supporters viewerSupports viewerCanSupport royaltyBp declineReason
    parts { label quantity note variant { sku price { amountMinor currency } } product { slug } }
    product { id status name } }`;

interface ServedBuild {
  id: string;
  title: string;
  status: string;
  supportCount: number;
  build: {
    state: string;
    stageNumber: number;
    stageCount: number;
    stageTarget: number | null;
    stageDeadline: string | null;
    supporters: number;
    viewerSupports: boolean;
    viewerCanSupport: boolean;
    royaltyBp: number | null;
    declineReason: string | null;
    parts: { label: string; quantity: number; note: string | null; variant: { sku: string; price: { amountMinor: number; currency: string } } | null; product: { slug: string } | null }[];
    product: { id: string; status: string; name: string } | null;
  };
}

/** Builds (issue 10, item 1): parts lists, support in stages with windows, the brand's review, expiry. */
describe('builds', () => {
  let env: TestEnvironment;
  let chainId: string;
  let saddleId: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    chainId = await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1');
    [{ id: saddleId }] = await env.dataSource.query(`SELECT v.id FROM product_variant v JOIN product p ON p.id = v.product_id WHERE p.slug = 'ridgeline-saddle-comfort' ORDER BY v.position LIMIT 1`);
  });
  afterAll(() => env.close());

  const setStages = (stages: { supporters: number; windowDays: number }[]) =>
    env.as.manager.data(`mutation($input: SetBuildSupportStagesInput!) { setBuildSupportStages(input: $input) { supporters windowDays } }`, { input: { stages } });

  const createBuild = async (author: GraphQLTestClient, input: Record<string, unknown> = {}) =>
    (
      await author.data<{ createBuild: ServedBuild }>(`mutation($input: CreateBuildInput!) { createBuild(input: $input) { ${BUILD_FIELDS} } }`, {
        input: { title: 'Midnight gravel', body: 'Built for **night** rides.', publish: true, parts: [{ variantId: chainId, quantity: 2 }, { label: 'Vintage bell', note: 'From a flea market' }], ...input },
      })
    ).createBuild;

  const read = async (client: GraphQLTestClient, id: string) => (await client.data<{ contribution: ServedBuild }>(`query($id: ID!) { contribution(id: $id) { ${BUILD_FIELDS} } }`, { id })).contribution;
  const support = (client: GraphQLTestClient, id: string) => client.request<{ supportBuild: ServedBuild }>(`mutation($id: ID!) { supportBuild(buildId: $id) { supportCount } }`, { id });
  const events = async (type: string, subjectId: string) =>
    (await env.dataSource.query(`SELECT payload FROM platform_event WHERE type = $1 AND subject_id = $2 ORDER BY id`, [type, subjectId])).map((row: { payload: unknown }) => row.payload);

  it('the demo has the riders’ builds with photos and shop parts, supported across members, one in review; seeding again adds nothing', async () => {
    const builds = await env.dataSource.query(
      `SELECT a.email, c.title, c.support_count, b.state, b.stage,
              (SELECT count(*)::int FROM contribution_photo p WHERE p.contribution_id = c.id) AS photos,
              (SELECT count(*)::int FROM build_part p WHERE p.contribution_id = c.id AND p.variant_id IS NOT NULL) AS shop_parts
       FROM contribution c JOIN build b ON b.contribution_id = c.id JOIN account a ON a.id = c.author_id ORDER BY c.created_at`,
    );
    expect(builds).toEqual([
      expect.objectContaining({ email: 'ana@riders.example', support_count: 1, state: 'SUPPORTING', stage: 0, photos: 2, shop_parts: 4 }),
      expect.objectContaining({ email: 'ben@riders.example', support_count: 2, state: 'SUPPORTING', stage: 1, photos: 2, shop_parts: 4 }),
      expect.objectContaining({ email: 'chloe@riders.example', support_count: 3, state: 'IN_REVIEW', photos: 2, shop_parts: 4 }),
      expect.objectContaining({ email: 'ana@riders.example', support_count: 0, state: 'SUPPORTING', photos: 1, shop_parts: 1 }),
    ]);
    const { buildReviewQueue } = await env.as.manager.data<{ buildReviewQueue: { title: string }[] }>(`{ buildReviewQueue { title } }`);
    expect(buildReviewQueue).toEqual([{ title: 'Harbour blue expedition tourer' }]);

    await env.app.get(DemoDataService).seed();
    expect(await env.count('build')).toBe(4);
    expect(await env.count('build_support')).toBe(6);

    // Builds removed are added again (and how long the builds' part of the seed takes, for the record).
    await env.dataSource.query(`DELETE FROM contribution WHERE kind = 'BUILD'`);
    const started = performance.now();
    await env.app.get(DemoDataService).seed();
    console.log(`demo seed adding the 4 builds: ${Math.round(performance.now() - started)} ms`);
    expect(await env.count('build')).toBe(4);
    expect(await env.count('build_support')).toBe(6);
  });

  it('publishes a build with its parts list (catalog variants with prices, and free text) and opens its first stage', async () => {
    await setStages([{ supporters: 3, windowDays: 30 }, { supporters: 5, windowDays: 60 }]);
    const before = Date.now();
    const build = await createBuild(env.as.consumer);

    expect(build.status).toBe('PUBLISHED');
    expect(build.build).toMatchObject({ state: 'SUPPORTING', stageNumber: 1, stageCount: 2, stageTarget: 3, supporters: 0, viewerSupports: false, viewerCanSupport: false });
    const deadline = new Date(build.build.stageDeadline!).getTime();
    expect(deadline - before).toBeGreaterThanOrEqual(30 * 86_400_000 - 1000);
    expect(deadline - Date.now()).toBeLessThanOrEqual(30 * 86_400_000);
    expect(build.build.parts).toEqual([
      { label: '12-speed Chain (Standard)', quantity: 2, note: null, variant: { sku: 'RIDGELINE-CHAIN-12-1', price: { amountMinor: 39_00, currency: 'EUR' } }, product: { slug: 'ridgeline-chain-12' } },
      { label: 'Vintage bell', quantity: 1, note: 'From a flea market', variant: null, product: null },
    ]);
    const asVisitor = await read(env.visitor(), build.id);
    expect(asVisitor.build).toMatchObject({ viewerSupports: false, viewerCanSupport: false, supporters: 0 });
    const [other] = await createShoppers(env, 1, []);
    expect((await read(other, build.id)).build.viewerCanSupport).toBe(true);
  });

  it('refuses a part that is not in the shop, and a line with neither a variant nor a name', async () => {
    const [{ id: draftVariant }] = await env.dataSource.query(
      `INSERT INTO product (slug, name, description, category_id, currency, status) SELECT 'secret-proto', 'Secret', 'x', id, 'EUR', 'DRAFT' FROM category LIMIT 1 RETURNING id`,
    ).then(async ([product]: { id: string }[]) =>
      env.dataSource.query(`INSERT INTO product_variant (product_id, sku, name, price_minor, currency, stock, position) VALUES ($1, 'SECRET-1', 'One', 100, 'EUR', 1, 0) RETURNING id`, [product.id]),
    );
    const input = { title: 'Nope', parts: [{ label: 'Fine' }, { variantId: draftVariant }] };
    const result = await env.as.consumer.request(`mutation($input: CreateBuildInput!) { createBuild(input: $input) { id } }`, { input });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts.1.variantId' });
    const unnamed = await env.as.consumer.request(`mutation($input: CreateBuildInput!) { createBuild(input: $input) { id } }`, { input: { title: 'Nope', parts: [{ quantity: 2 }] } });
    expect(firstError(unnamed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts.0.label' });
  });

  it('lets its author edit it (parts replaced as a whole) and refuses anyone else', async () => {
    const build = await createBuild(env.as.consumer, { publish: false });
    const update = `mutation($input: UpdateBuildInput!) { updateBuild(input: $input) { ${BUILD_FIELDS} } }`;
    const input = { id: build.id, title: 'Midnight gravel v2', parts: [{ variantId: saddleId, label: 'Comfy saddle' }], publish: true };

    const refused = await env.as.vendor.request(update, { input });
    expect(firstError(refused)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });

    const { updateBuild } = await env.as.consumer.data<{ updateBuild: ServedBuild }>(update, { input });
    expect(updateBuild).toMatchObject({ title: 'Midnight gravel v2', status: 'PUBLISHED', build: { state: 'SUPPORTING', stageNumber: 1 } });
    expect(updateBuild.build.stageDeadline).not.toBeNull();
    expect(updateBuild.build.parts.map((p) => p.label)).toEqual(['Comfy saddle']);
  });

  it('takes one support per member, never the author’s, and only on a published build', async () => {
    const build = await createBuild(env.as.consumer);
    const own = await support(env.as.consumer, build.id);
    expect(firstError(own)).toMatchObject({ code: 'FORBIDDEN', field: 'buildId' });

    const [member] = await createShoppers(env, 1, []);
    expect((await support(member, build.id)).data).toEqual({ supportBuild: { supportCount: 1 } });
    expect((await support(member, build.id)).data).toEqual({ supportBuild: { supportCount: 1 } });
    expect((await read(member, build.id)).build).toMatchObject({ viewerSupports: true, supporters: 1 });

    const { withdrawBuildSupport } = await member.data<{ withdrawBuildSupport: { supportCount: number } }>(`mutation($id: ID!) { withdrawBuildSupport(buildId: $id) { supportCount } }`, { id: build.id });
    expect(withdrawBuildSupport.supportCount).toBe(0);

    const draft = await createBuild(env.as.consumer, { publish: false });
    expect(firstError(await support(member, draft.id))).toMatchObject({ code: 'NOT_FOUND', field: 'buildId' });
  });

  it('counts concurrent supports exactly and reaches each stage once; the last stage puts it in the review queue', async () => {
    await setStages([{ supporters: 3, windowDays: 30 }, { supporters: 8, windowDays: 60 }]);
    const build = await createBuild(env.as.consumer);
    const members = await createShoppers(env, 8, []);

    const results = await Promise.all(members.map((member) => support(member, build.id)));
    expect(results.filter((r) => r.errors)).toEqual([]);

    const after = await read(env.as.manager, build.id);
    expect(after.supportCount).toBe(8);
    expect(Number((await env.dataSource.query(`SELECT count(*) AS n FROM build_support WHERE contribution_id = $1`, [build.id]))[0].n)).toBe(8);
    expect(after.build).toMatchObject({ state: 'IN_REVIEW', stageNumber: 2, stageTarget: null, stageDeadline: null });
    expect(await events('build.supported', build.id)).toHaveLength(8);
    expect(await events('build.stage_reached', build.id)).toEqual([
      { stage: 1, supporters: 3, lastStage: false },
      { stage: 2, supporters: 8, lastStage: true },
    ]);
    expect(await events('build.entered_review', build.id)).toEqual([{ supporters: 8 }]);

    const { buildReviewQueue } = await env.as.manager.data<{ buildReviewQueue: { id: string }[] }>(`{ buildReviewQueue { id } }`);
    expect(buildReviewQueue.map((b) => b.id)).toContain(build.id);
    expect(firstError(await members[0].request(`mutation($id: ID!) { withdrawBuildSupport(buildId: $id) { id } }`, { id: build.id }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buildId' });
  });

  const buildInReview = async (author = env.as.consumer) => {
    await setStages([{ supporters: 1, windowDays: 30 }]);
    const build = await createBuild(author);
    const [member] = await createShoppers(env, 1, []);
    expect((await support(member, build.id)).errors).toBeUndefined();
    return build;
  };

  it('accepting a build in review creates the linked draft product, priced at its parts, and records the royalty', async () => {
    const build = await buildInReview();
    const [{ id: bikes }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'bikes'`);
    const accept = `mutation($input: AcceptBuildInput!) { acceptBuild(input: $input) { ${BUILD_FIELDS} } }`;

    expect(firstError(await env.as.consumer.request(accept, { input: { buildId: build.id, categoryId: bikes } }))).toMatchObject({ code: 'FORBIDDEN' });

    const { acceptBuild } = await env.as.manager.data<{ acceptBuild: ServedBuild }>(accept, { input: { buildId: build.id, categoryId: bikes } });
    expect(acceptBuild.build).toMatchObject({ state: 'ACCEPTED', royaltyBp: 100, product: { status: 'DRAFT', name: 'Midnight gravel' } });
    const productId = acceptBuild.build.product!.id;
    const [product] = await env.dataSource.query(`SELECT p.status, p.category_id, v.price_minor, v.stock FROM product p JOIN product_variant v ON v.product_id = p.id WHERE p.id = $1`, [productId]);
    expect(product).toEqual({ status: 'DRAFT', category_id: bikes, price_minor: String(2 * 39_00), stock: 0 });
    expect(await env.dataSource.query(`SELECT product_id, royalty_bp FROM build WHERE contribution_id = $1`, [build.id])).toEqual([{ product_id: productId, royalty_bp: 100 }]);
    expect(await events('build.accepted', build.id)).toEqual([{ productId, creatorId: expect.any(String), royaltyBp: 100 }]);

    // The draft product is the brand's: the author sees the decision, not the product.
    expect((await read(env.as.consumer, build.id)).build).toMatchObject({ state: 'ACCEPTED', product: null });
    const { buildReviewQueue } = await env.as.manager.data<{ buildReviewQueue: { id: string }[] }>(`{ buildReviewQueue { id } }`);
    expect(buildReviewQueue.map((b) => b.id)).not.toContain(build.id);
    expect(firstError(await env.as.manager.request(accept, { input: { buildId: build.id, categoryId: bikes } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buildId' });
  });

  it('declining records the reason its author reads', async () => {
    const build = await buildInReview();
    const { declineBuild } = await env.as.manager.data<{ declineBuild: ServedBuild }>(
      `mutation($input: DeclineBuildInput!) { declineBuild(input: $input) { ${BUILD_FIELDS} } }`,
      { input: { buildId: build.id, reason: 'Too close to our Summit AL.' } },
    );
    expect(declineBuild.build).toMatchObject({ state: 'DECLINED', declineReason: 'Too close to our Summit AL.' });
    expect(await events('build.declined', build.id)).toEqual([{ reason: 'Too close to our Summit AL.' }]);
  });

  it('a build that misses its window expires when the job runs after the deadline (moved clock), and takes no more support', async () => {
    await setStages([{ supporters: 50, windowDays: 10 }]);
    const build = await createBuild(env.as.consumer);
    const job = env.app.get(BuildExpiryJob);

    expect(await job.run(new Date(Date.now() + 9 * 86_400_000))).not.toContain(build.id);
    expect((await read(env.as.consumer, build.id)).build.state).toBe('SUPPORTING');

    expect(await job.run(new Date(Date.now() + 10 * 86_400_000 + 60_000))).toContain(build.id);
    expect((await read(env.as.consumer, build.id)).build).toMatchObject({ state: 'EXPIRED', viewerCanSupport: false });
    expect(await events('build.expired', build.id)).toEqual([{ stage: 1, supporters: 0, deadline: expect.any(String) }]);

    const [member] = await createShoppers(env, 1, []);
    expect(firstError(await support(member, build.id))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buildId' });
  });

  it('stages are the brand managers’ setting, each needing more supporters than the one before', async () => {
    const refused = await env.as.consumer.request(`mutation { setBuildSupportStages(input: { stages: [{ supporters: 1, windowDays: 1 }] }) { supporters } }`);
    expect(firstError(refused).code).toBe('FORBIDDEN');
    const falling = await env.as.manager.request(`mutation { setBuildSupportStages(input: { stages: [{ supporters: 5, windowDays: 1 }, { supporters: 5, windowDays: 1 }] }) { supporters } }`);
    expect(firstError(falling)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stages.1.supporters' });
    await setStages([{ supporters: 100, windowDays: 60 }, { supporters: 1000, windowDays: 365 }]);
    const { buildSupportStages } = await env.visitor().data<{ buildSupportStages: unknown[] }>(`{ buildSupportStages { supporters windowDays } }`);
    expect(buildSupportStages).toEqual([{ supporters: 100, windowDays: 60 }, { supporters: 1000, windowDays: 365 }]);
  });
});
