import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { postUpload, testPhoto } from '../support/images';
import { createShoppers, variantIdBySku } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const ITEM = `label quantity variant { id sku price { amountMinor currency } } product { slug name }`;
const GUIDE = `query Guide($id: ID!) { contribution(id: $id) { id kind title status viewerCanEdit cover { id }
  guide { id difficulty timeMinutes completionCount viewerMadeIt
    steps { id number title body bodyHtml photos { id image { url alt } } }
    tools { ${ITEM} } parts { ${ITEM} }
    completions { member { displayName } photo { url alt } note noteHtml } } } }`;
const CREATE = `mutation Create($input: CreateGuideInput!) { createGuide(input: $input) { id status } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateGuideInput!) { updateGuide(id: $id, input: $input) { id status } }`;
const MADE = `mutation Made($input: MarkGuideMadeInput!) { markGuideMade(input: $input) { id note member { displayName } photo { alt } } }`;

interface GuideItemData {
  label: string;
  quantity: number;
  variant: { id: string; sku: string; price: { amountMinor: number } } | null;
  product: { slug: string; name: string } | null;
}
interface GuideData {
  contribution: {
    id: string;
    kind: string;
    title: string;
    status: string;
    viewerCanEdit: boolean;
    cover: { id: string } | null;
    guide: {
      difficulty: string;
      timeMinutes: number;
      completionCount: number;
      viewerMadeIt: boolean;
      steps: { id: string; number: number; title: string; body: string; bodyHtml: string; photos: { id: string; image: { url: string; alt: string } }[] }[];
      tools: GuideItemData[];
      parts: GuideItemData[];
      completions: { member: { displayName: string }; photo: { url: string; alt: string }; note: string; noteHtml: string }[];
    };
  };
}

describe('guides: steps, tools and parts, "I made this"', () => {
  let env: TestEnvironment;
  let author: GraphQLTestClient;
  let reader: GraphQLTestClient;

  beforeAll(async () => {
    env = await createTestEnvironment();
    [author, reader] = await createShoppers(env, 2, []);
  }, 120_000);
  afterAll(() => env.close());

  const upload = async (client: GraphQLTestClient, alt = 'A step photo') => {
    const response = await postUpload(env, client, '/uploads/images', await testPhoto(400, 300), { alt });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const guideOf = (client: GraphQLTestClient, id: string) => client.data<GuideData>(GUIDE, { id }).then((data) => data.contribution);
  const demoGuideId = async (title: string) => (await env.dataSource.query(`SELECT id FROM contribution WHERE kind = 'GUIDE' AND title = $1`, [title]))[0].id as string;

  /** A published guide by `author` with two steps, a linked tool and a linked part. */
  const publishedGuide = async () => {
    const photo = await upload(author);
    const { createGuide } = await author.data<{ createGuide: { id: string; status: string } }>(CREATE, {
      input: {
        title: 'Bleed hydraulic brakes',
        body: 'Spongy levers? Bleed them.',
        difficulty: 'HARD',
        timeMinutes: 60,
        publish: true,
        steps: [
          { title: 'Remove the wheel', body: 'Take the **wheel** out.', photoIds: [photo] },
          { title: 'Push the fluid through', body: 'Slowly.' },
        ],
        tools: [{ variantId: await variantIdBySku(env, 'RIDGELINE-TORQUE-WRENCH-1') }, { label: 'Bleed kit' }],
        parts: [{ variantId: await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1'), quantity: 2, label: 'Spare chain' }],
      },
    });
    expect(createGuide.status).toBe('PUBLISHED');
    return createGuide.id;
  };

  it('seeds three published demo guides with step photos, linked tools and parts, and "I made this" posts by other riders', async () => {
    const titles = (await env.dataSource.query(`SELECT title FROM contribution WHERE kind = 'GUIDE' AND status = 'PUBLISHED' ORDER BY title`)).map((r: { title: string }) => r.title);
    expect(titles).toEqual(['Index your rear derailleur', 'Replace a worn chain', 'Set up tubeless tyres']);
    const guide = await guideOf(env.visitor(), await demoGuideId('Set up tubeless tyres'));
    expect(guide.guide).toMatchObject({ difficulty: 'MODERATE', timeMinutes: 45, completionCount: 1, viewerMadeIt: false });
    expect(guide.guide.steps.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(guide.guide.steps[2].photos).toHaveLength(2);
    expect(guide.guide.parts[0]).toMatchObject({ quantity: 2, variant: { sku: 'RIDGELINE-TYRE-45-1' }, product: { slug: 'ridgeline-tyre-45' } });
    expect(guide.guide.parts[1]).toMatchObject({ label: 'Tubeless sealant, 120 ml', variant: null, product: null });
    expect(guide.guide.completions).toEqual([expect.objectContaining({ member: { displayName: 'Ben Climber' }, noteHtml: expect.stringContaining('<strong>no flats since</strong>') })]);
    expect(Number((await env.dataSource.query(`SELECT count(*) AS n FROM platform_event WHERE type = 'guide.completed'`))[0].n)).toBe(4);
  });

  it('creates a guide with its steps in order, Markdown rendered, photos, and tools and parts priced from the catalog', async () => {
    const id = await publishedGuide();
    const guide = await guideOf(reader, id);
    expect(guide).toMatchObject({ kind: 'GUIDE', status: 'PUBLISHED', viewerCanEdit: false });
    expect(guide.guide.steps.map((s) => [s.number, s.title])).toEqual([[1, 'Remove the wheel'], [2, 'Push the fluid through']]);
    expect(guide.guide.steps[0].bodyHtml.trim()).toBe('<p>Take the <strong>wheel</strong> out.</p>');
    expect(guide.guide.steps[0].photos).toEqual([expect.objectContaining({ image: expect.objectContaining({ alt: 'A step photo' }) })]);
    expect(guide.guide.tools).toEqual([
      { label: 'Torque Wrench 2-20 Nm', quantity: 1, variant: expect.objectContaining({ sku: 'RIDGELINE-TORQUE-WRENCH-1', price: { amountMinor: 89_00, currency: 'EUR' } }), product: { slug: 'ridgeline-torque-wrench', name: 'Torque Wrench 2-20 Nm' } },
      { label: 'Bleed kit', quantity: 1, variant: null, product: null },
    ]);
    expect(guide.guide.parts).toEqual([expect.objectContaining({ label: 'Spare chain', quantity: 2, variant: expect.objectContaining({ sku: 'RIDGELINE-CHAIN-12-1' }) })]);
    const published = await env.dataSource.query(`SELECT count(*) AS n FROM platform_event WHERE type = 'contribution.published' AND subject_id = $1`, [id]);
    expect(Number(published[0].n)).toBe(1);
  });

  it('fills the cart with every linked tool and part in one addItemsToCart, leaving free text out', async () => {
    const id = await publishedGuide();
    const [shopper] = await createShoppers(env, 1, []);
    const { guide } = await guideOf(shopper, id);
    const lines = [...guide.tools, ...guide.parts].flatMap((item) => (item.variant ? [{ variantId: item.variant.id, quantity: item.quantity }] : []));
    const { addItemsToCart } = await shopper.data<{ addItemsToCart: { itemCount: number; items: { quantity: number; variant: { sku: string } }[] } }>(
      `mutation($lines: [CartLineInput!]!) { addItemsToCart(lines: $lines) { itemCount items { quantity variant { sku } } } }`,
      { lines },
    );
    expect(addItemsToCart.items.map((i) => [i.variant.sku, i.quantity]).sort()).toEqual([['RIDGELINE-CHAIN-12-1', 2], ['RIDGELINE-TORQUE-WRENCH-1', 1]]);
  });

  it('refuses what would make a broken guide: publishing with no step, a product not in the shop, a nameless free-text item', async () => {
    const base = { title: 'Half a guide', difficulty: 'EASY', timeMinutes: 5 };
    expect(firstError(await author.request(CREATE, { input: { ...base, publish: true } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'steps' });
    const { createProduct } = await env.as.manager.data<{ createProduct: { variants: { id: string }[] } }>(
      `mutation($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }`,
      { input: { name: 'Secret prototype lever', description: 'Not for sale.', categoryId: (await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`))[0].id, currency: 'EUR', variants: [{ sku: 'PROTO-LEVER-1', name: 'Standard', priceMinor: 10_00, stock: 1 }] } },
    );
    expect(firstError(await author.request(CREATE, { input: { ...base, parts: [{ variantId: createProduct.variants[0].id }] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts.0.variantId' });
    expect(firstError(await author.request(CREATE, { input: { ...base, tools: [{ quantity: 2 }] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tools.0.label' });
    expect(await env.dataSource.query(`SELECT 1 FROM contribution WHERE title = 'Half a guide'`)).toEqual([]);
  });

  it('uses only the writer’s own uploads as step photos', async () => {
    const othersPhoto = await upload(reader);
    const result = await author.request(CREATE, { input: { title: 'Borrowed photos', difficulty: 'EASY', timeMinutes: 5, steps: [{ title: 'One' }, { title: 'Two', photoIds: [othersPhoto] }] } });
    expect(firstError(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'steps.1.photoIds' });
    expect(await env.dataSource.query(`SELECT 1 FROM contribution WHERE title = 'Borrowed photos'`)).toEqual([]);
  });

  it('replaces the steps as a whole on update, and a failing update leaves the old steps untouched', async () => {
    const id = await publishedGuide();
    const before = await guideOf(author, id);
    const { updateGuide } = await author.data<{ updateGuide: { id: string } }>(UPDATE, {
      id,
      input: { timeMinutes: 90, steps: [{ title: 'Push the fluid through', body: 'Slowly, no bubbles.' }, { title: 'Remove the wheel', photoIds: [before.guide.steps[0].photos[0].id] }, { title: 'Test the levers' }] },
    });
    expect(updateGuide.id).toBe(id);
    const after = await guideOf(author, id);
    expect(after.guide.timeMinutes).toBe(90);
    expect(after.guide.steps.map((s) => [s.number, s.title, s.photos.length])).toEqual([[1, 'Push the fluid through', 0], [2, 'Remove the wheel', 1], [3, 'Test the levers', 0]]);
    expect(after.guide.tools).toHaveLength(2); // Lists left out stay as they were.

    const othersPhoto = await upload(reader);
    const failed = await author.request(UPDATE, { id, input: { title: 'Renamed', steps: [{ title: 'Only step' }, { title: 'Bad', photoIds: [othersPhoto] }] } });
    expect(firstError(failed)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'steps.1.photoIds' });
    const unchanged = await guideOf(author, id);
    expect(unchanged.title).toBe('Bleed hydraulic brakes');
    expect(unchanged.guide.steps.map((s) => s.title)).toEqual(['Push the fluid through', 'Remove the wheel', 'Test the levers']);
    expect(firstError(await author.request(UPDATE, { id, input: { steps: [] } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'steps' });
  });

  it('lets only its author edit a guide: another member gets NOT_FOUND and nothing changes', async () => {
    const id = await publishedGuide();
    const result = await reader.request(UPDATE, { id, input: { title: 'Hijacked', steps: [{ title: 'Mine now' }] } });
    expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND' });
    expect((await guideOf(author, id)).title).toBe('Bleed hydraulic brakes');
    // A build or other kind is not a guide: updateGuide does not reach it.
    const { createGuide } = await author.data<{ createGuide: { id: string } }>(CREATE, { input: { title: 'Draft guide', difficulty: 'EASY', timeMinutes: 5 } });
    expect((await guideOf(reader, createGuide.id).catch((error: Error) => error)) instanceof Error).toBe(true);
  });

  it('"I made this": needs a published guide, someone else’s, and the maker’s own photo; counts each member once and records guide.completed', async () => {
    const id = await publishedGuide();
    const { createGuide: draft } = await author.data<{ createGuide: { id: string } }>(CREATE, { input: { title: 'Unfinished', difficulty: 'EASY', timeMinutes: 5 } });
    const [maker] = await createShoppers(env, 1, []);
    const photo = await upload(maker, 'My bled brakes');

    expect(firstError(await maker.request(MADE, { input: { guideId: draft.id, photoId: photo } }))).toMatchObject({ code: 'NOT_FOUND', field: 'guideId' });
    expect(firstError(await author.request(MADE, { input: { guideId: id, photoId: await upload(author) } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guideId' });
    expect(firstError(await maker.request(MADE, { input: { guideId: id, photoId: await upload(reader) } }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoId' });
    expect(firstError(await maker.request(MADE, { input: { guideId: id } }))).toMatchObject({ code: 'BAD_USER_INPUT' });

    const { markGuideMade } = await maker.data<{ markGuideMade: { note: string; photo: { alt: string } } }>(MADE, { input: { guideId: id, photoId: photo, note: 'Firm levers *again*' } });
    expect(markGuideMade).toMatchObject({ note: 'Firm levers *again*', photo: { alt: 'My bled brakes' } });
    const second = await upload(maker, 'Better photo');
    await maker.data(MADE, { input: { guideId: id, photoId: second, note: 'Now with a better photo' } });

    const seen = await guideOf(maker, id);
    expect(seen.guide).toMatchObject({ completionCount: 1, viewerMadeIt: true });
    expect(seen.guide.completions).toEqual([expect.objectContaining({ note: 'Now with a better photo', photo: expect.objectContaining({ alt: 'Better photo' }) })]);
    expect((await guideOf(reader, id)).guide.viewerMadeIt).toBe(false);
    const events = await env.dataSource.query(`SELECT payload FROM platform_event WHERE type = 'guide.completed' AND subject_id = $1`, [id]);
    expect(events).toEqual([{ payload: expect.objectContaining({ completionCount: 1 }) }]);
  });

  it('reads a guide in the same number of statements whatever its number of steps, photos, items and completions', async () => {
    const statementsFor = async (id: string) => {
      env.queries.length = 0;
      await env.as.consumer.data(GUIDE, { id });
      return env.queries.filter((sql) => /^\s*select/i.test(sql)).length;
    };
    const small = await publishedGuide(); // 2 steps, 1 photo, 2 tools, 1 part, no completion yet
    const [maker] = await createShoppers(env, 1, []);
    await maker.data(MADE, { input: { guideId: small, photoId: await upload(maker) } });
    const counts = [await statementsFor(small), await statementsFor(await demoGuideId('Index your rear derailleur')), await statementsFor(await demoGuideId('Replace a worn chain'))];
    expect(counts[0]).toBeGreaterThan(0);
    expect(new Set(counts).size).toBe(1);
  });
});
