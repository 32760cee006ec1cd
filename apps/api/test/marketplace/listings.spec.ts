import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { postUpload, testPhoto } from '../support/images';
import { createAccount, createVendor, type TestSeller } from '../support/marketplace-fixtures';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, type CheckoutData } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const CREATE = `mutation($vendorId: ID!, $input: CreateVendorListingInput!) {
  createVendorListing(vendorId: $vendorId, input: $input) { productId status submittedAt product { id slug name status priceFrom { currency } images { url alt } variants { id name price { amountMinor } stock } } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateListingInput!) {
  updateListing(productId: $id, input: $input) { status reviewReason pendingRevision { title priceMinor } product { name description variants { price { amountMinor } } } }
}`;
const QUEUE = `{ listingReviewQueue(first: 100) { nodes { productId status sellerName pendingRevision { title priceMinor } product { name } } pageInfo { hasNextPage } } }`;
const PRODUCT = `query($slug: String!) { product(slug: $slug) { id name listing { status reviewReason pendingRevision { title priceMinor } } variants { price { amountMinor } } } }`;

type Created = { createVendorListing: { productId: string; status: string; product: { id: string; slug: string; name: string; status: string; currency: string; images: { url: string; alt: string }[]; variants: { id: string }[] } } };

describe('vendor listings: review, revisions, visibility (decision 0038)', () => {
  let env: TestEnvironment;
  let vendor: TestSeller;
  let categoryId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    vendor = await createVendor(env, 'Saddle Lab');
    [{ id: categoryId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`);
  }, 120_000);
  afterAll(() => env.close());

  const upload = async (client: GraphQLTestClient, alt = 'The saddle from above') => {
    const response = await postUpload(env, client, '/uploads/images', await testPhoto(400, 300), { alt });
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };
  const list = async (seller = vendor, input: Record<string, unknown> = {}) =>
    (
      await seller.client.data<Created>(CREATE, {
        vendorId: seller.sellerId,
        input: { title: 'Pressure-mapped saddle', description: 'Shaped from 2,000 pressure maps.', categoryId, variants: [{ name: '143 mm', priceMinor: 129_00, stock: 4 }], ...input },
      })
    ).createVendorListing;
  const eventsOf = async (productId: string) =>
    (await env.dataSource.query(`SELECT type FROM platform_event WHERE subject_id = $1 AND type LIKE 'listing.%' ORDER BY id`, [productId])).map((row: { type: string }) => row.type);
  const visibleTo = async (client: GraphQLTestClient, slug: string) => (await client.data<{ product: { id: string } | null }>(PRODUCT, { slug })).product !== null;

  it("the demo: both vendors' goods on sale with drawn photos, a price revision waiting on the chain wax, the sachets waiting for review", async () => {
    const rows = await env.dataSource.query(
      `SELECT p.name, p.status, l.status AS listing, l.pending_revision, p.min_price_minor::int AS price, (SELECT count(*)::int FROM product_image i WHERE i.product_id = p.id) AS photos
       FROM listing l JOIN product p ON p.id = l.product_id JOIN organisation o ON o.id = l.seller_id WHERE o.name IN ('VeloFit Studio', 'Spoke & Wrench Workshop') AND l.offer_kind = 'GOODS' ORDER BY p.name`,
    );
    expect(rows).toEqual([
      { name: 'Chain Wax, 250 g', status: 'PUBLISHED', listing: 'APPROVED', pending_revision: expect.objectContaining({ priceMinor: 21_90, title: null }), price: 19_90, photos: 1 },
      { name: 'Chamois Cream Travel Sachets, 10 pack', status: 'DRAFT', listing: 'PENDING_REVIEW', pending_revision: null, price: 12_00, photos: 1 },
      { name: 'Chamois Cream, 150 ml', status: 'PUBLISHED', listing: 'APPROVED', pending_revision: null, price: 16_50, photos: 1 },
      { name: 'Pressure-Mapped Saddle', status: 'PUBLISHED', listing: 'APPROVED', pending_revision: null, price: 139_00, photos: 2 },
      { name: 'Tubeless Repair Kit', status: 'PUBLISHED', listing: 'APPROVED', pending_revision: null, price: 24_00, photos: 1 },
    ]);
  });

  it('a vendor lists goods with photos; hidden until a brand manager approves, then in the shop', async () => {
    const photo = await upload(vendor.client);
    const created = await list(vendor, { photoIds: [photo], specs: [{ label: 'Weight', value: '240 g' }] });
    expect(created.status).toBe('PENDING_REVIEW');
    expect(created.product).toMatchObject({ status: 'DRAFT', priceFrom: { currency: 'EUR' }, images: [{ alt: 'The saddle from above' }] });
    // The upload became the product's photo: its asset row is gone, the files serve under the product photo.
    expect(await env.dataSource.query(`SELECT id FROM media_asset WHERE id = $1`, [photo])).toEqual([]);
    expect((await fetch(`${env.baseUrl}${created.product.images[0].url}`)).status).toBe(200);

    expect(await visibleTo(env.visitor(), created.product.slug)).toBe(false);
    const queue = await env.as.manager.data<{ listingReviewQueue: { nodes: { productId: string; sellerName: string }[] } }>(QUEUE);
    expect(queue.listingReviewQueue.nodes).toContainEqual(expect.objectContaining({ productId: created.productId, sellerName: 'Saddle Lab' }));

    const { approveListing } = await env.as.manager.data<{ approveListing: { status: string; product: { status: string } } }>(
      `mutation($id: ID!) { approveListing(productId: $id) { status product { status } } }`,
      { id: created.productId },
    );
    expect(approveListing).toEqual({ status: 'APPROVED', product: { status: 'PUBLISHED' } });
    expect(await visibleTo(env.visitor(), created.product.slug)).toBe(true);
    const { products } = await env.visitor().data<{ products: { nodes: { id: string }[] } }>(`query($id: ID!) { products(filter: { sellerId: $id }) { nodes { id } } }`, {
      id: vendor.sellerId,
    });
    expect(products.nodes).toEqual([{ id: created.productId }]);
    expect(await eventsOf(created.productId)).toEqual(['listing.submitted', 'listing.approved']);
    // Others see the product but not its listing.
    expect((await env.visitor().data<{ product: { listing: unknown } }>(PRODUCT, { slug: created.product.slug })).product.listing).toBeNull();
    expect((await vendor.client.data<{ product: { listing: { status: string } } }>(PRODUCT, { slug: created.product.slug })).product.listing.status).toBe('APPROVED');
  });

  it('an unapproved listing is invisible on every path: by slug, in lists, related, cart, checkout; its seller and managers still see it', async () => {
    const created = await list();
    const slug = created.product.slug;
    const variantId = created.product.variants[0].id;
    const [shopper] = await createShoppers(env, 1, []);
    expect(await visibleTo(shopper, slug)).toBe(false);
    expect(await visibleTo(env.as.consumer, slug)).toBe(false);
    expect(await visibleTo(env.as.manager, slug)).toBe(true);

    const listed = await env.visitor().data<{ products: { nodes: { id: string }[] } }>(`query($id: ID!) { products(first: 100, filter: { sellerId: $id }) { nodes { id } } }`, {
      id: vendor.sellerId,
    });
    expect(listed.products.nodes.map((node) => node.id)).not.toContain(created.productId);
    const related = await env.visitor().data<{ product: { related: { id: string }[] } }>(`{ product(slug: "ridgeline-chain-12") { related(first: 12) { id } } }`);
    expect(related.product.related.map((product) => product.id)).not.toContain(created.productId);

    const added = await shopper.request(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: variantId });
    expect(firstError(added)).toMatchObject({ code: 'NOT_FOUND', field: 'variantId' });
    // A line slipped into the cart (say, before the product was withdrawn) cannot be bought either.
    const [buyer] = await createShoppers(env, 1, [{ variantId, quantity: 1 }]);
    const checkout = await buyer.request<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect(checkout.errors).toBeDefined();
    expect((await env.dataSource.query(`SELECT stock FROM product_variant WHERE id = $1`, [variantId]))[0].stock).toBe(4);

    // The seller reaches it through their listings, with its product.
    const mine = await vendor.client.data<{ sellerListings: { nodes: { productId: string; product: { name: string } }[] } }>(
      `query($id: ID!) { sellerListings(vendorId: $id, status: PENDING_REVIEW) { nodes { productId product { name } } } }`,
      { id: vendor.sellerId },
    );
    expect(mine.sellerListings.nodes.map((node) => node.productId)).toContain(created.productId);
  });

  it("a suspended vendor's approved listing disappears from every path and comes back when lifted", async () => {
    const seller = await createVendor(env);
    const created = await list(seller);
    await env.as.manager.data(`mutation($id: ID!) { approveListing(productId: $id) { status } }`, { id: created.productId });
    const [shopper] = await createShoppers(env, 1, []);
    expect(await visibleTo(shopper, created.product.slug)).toBe(true);
    await env.dataSource.query(`UPDATE product SET seller_hidden = true WHERE seller_id = $1`, [seller.sellerId]);
    expect(await visibleTo(shopper, created.product.slug)).toBe(false);
    expect(firstError(await shopper.request(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: created.product.variants[0].id }))).toMatchObject({
      code: 'NOT_FOUND',
    });
    const listed = await env.visitor().data<{ products: { nodes: unknown[] } }>(`query($id: ID!) { products(filter: { sellerId: $id }) { nodes { id } } }`, { id: seller.sellerId });
    expect(listed.products.nodes).toEqual([]);
    await env.dataSource.query(`UPDATE product SET seller_hidden = false WHERE seller_id = $1`, [seller.sellerId]);
    expect(await visibleTo(shopper, created.product.slug)).toBe(true);
  });

  it('a new price or title of an approved listing waits for review while the approved one stays on sale: cart and checkout use the old price', async () => {
    const created = await list(vendor, { title: 'Chamois cream', variants: [{ name: '100 ml', priceMinor: 18_00, stock: 20 }] });
    await env.as.manager.data(`mutation($id: ID!) { approveListing(productId: $id) { status } }`, { id: created.productId });

    const { updateListing } = await vendor.client.data<{ updateListing: Record<string, unknown> }>(UPDATE, {
      id: created.productId,
      input: { title: 'Chamois cream, menthol', priceMinor: 24_00, description: 'Now with menthol.' },
    });
    expect(updateListing).toEqual({
      status: 'APPROVED',
      reviewReason: null,
      pendingRevision: { title: 'Chamois cream, menthol', priceMinor: 24_00 },
      // The description applies at once; title and price stay as approved.
      product: { name: 'Chamois cream', description: 'Now with menthol.', variants: [{ price: { amountMinor: 18_00 } }] },
    });
    const queue = await env.as.manager.data<{ listingReviewQueue: { nodes: { productId: string; pendingRevision: unknown }[] } }>(QUEUE);
    expect(queue.listingReviewQueue.nodes.find((node) => node.productId === created.productId)?.pendingRevision).toEqual({ title: 'Chamois cream, menthol', priceMinor: 24_00 });

    const [buyer] = await createShoppers(env, 1, []);
    const cart = await buyer.data<{ addToCart: { items: { unitPrice: { amountMinor: number } }[] } }>(
      `mutation($id: ID!) { addToCart(variantId: $id) { items { unitPrice { amountMinor } } } }`,
      { id: created.product.variants[0].id },
    );
    expect(cart.addToCart.items[0].unitPrice.amountMinor).toBe(18_00);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect(checkout.order.status).toBe('PAID');
    expect((checkout.order.lines[0] as unknown as { unitPrice: { amountMinor: number } }).unitPrice.amountMinor).toBe(18_00);

    const { approveListingRevision } = await env.as.manager.data<{ approveListingRevision: { pendingRevision: unknown; product: { name: string; variants: unknown[] } } }>(
      `mutation($id: ID!) { approveListingRevision(productId: $id) { pendingRevision { title } product { name variants { price { amountMinor } } } } }`,
      { id: created.productId },
    );
    expect(approveListingRevision).toEqual({ pendingRevision: null, product: { name: 'Chamois cream, menthol', variants: [{ price: { amountMinor: 24_00 } }] } });
    expect(await eventsOf(created.productId)).toEqual(['listing.submitted', 'listing.approved', 'listing.revision_submitted', 'listing.revision_approved']);
  });

  it('a declined revision leaves the approved version, with the reason for the seller', async () => {
    const created = await list(vendor, { title: 'Saddle bag' });
    await env.as.manager.data(`mutation($id: ID!) { approveListing(productId: $id) { status } }`, { id: created.productId });
    await vendor.client.data(UPDATE, { id: created.productId, input: { priceMinor: 999_00 } });
    const empty = await env.as.manager.request(`mutation($id: ID!) { declineListingRevision(productId: $id, reason: "  ") { status } }`, { id: created.productId });
    expect(firstError(empty)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await env.as.manager.data(`mutation($id: ID!) { declineListingRevision(productId: $id, reason: "That price is ten times the market's") { status } }`, {
      id: created.productId,
    });
    const { product } = await vendor.client.data<{ product: { listing: unknown; variants: unknown[] } }>(PRODUCT, { slug: created.product.slug });
    expect(product).toMatchObject({ listing: { status: 'APPROVED', reviewReason: "That price is ten times the market's", pendingRevision: null }, variants: [{ price: { amountMinor: 129_00 } }] });
    const again = await env.as.manager.request(`mutation($id: ID!) { approveListingRevision(productId: $id) { status } }`, { id: created.productId });
    expect(firstError(again)).toMatchObject({ code: 'CONFLICT', field: 'productId' });
    // Setting the approved price back drops a pending price.
    await vendor.client.data(UPDATE, { id: created.productId, input: { priceMinor: 150_00 } });
    const reverted = await vendor.client.data<{ updateListing: { pendingRevision: unknown } }>(UPDATE, { id: created.productId, input: { priceMinor: 129_00 } });
    expect(reverted.updateListing.pendingRevision).toBeNull();
    expect(await eventsOf(created.productId)).toEqual(['listing.submitted', 'listing.approved', 'listing.revision_submitted', 'listing.revision_declined', 'listing.revision_submitted']);
  });

  it('a rejected listing is changed directly and goes back to review; withdrawal archives an approved one', async () => {
    const created = await list(vendor, { title: 'Seat post clamp' });
    const rejected = await env.as.manager.data<{ rejectListing: { status: string; reviewReason: string } }>(
      `mutation($id: ID!) { rejectListing(productId: $id, reason: "Add a photo of the clamp") { status reviewReason } }`,
      { id: created.productId },
    );
    expect(rejected.rejectListing).toEqual({ status: 'REJECTED', reviewReason: 'Add a photo of the clamp' });
    const photo = await upload(vendor.client, 'The clamp, closed');
    const { updateListing } = await vendor.client.data<{ updateListing: { status: string; pendingRevision: unknown; product: { name: string; variants: unknown[] } } }>(UPDATE, {
      id: created.productId,
      input: { title: 'Seat post clamp, 34.9 mm', priceMinor: 21_00, photoIds: [photo] },
    });
    expect(updateListing).toMatchObject({ status: 'PENDING_REVIEW', pendingRevision: null, product: { name: 'Seat post clamp, 34.9 mm', variants: [{ price: { amountMinor: 21_00 } }] } });
    await env.as.manager.data(`mutation($id: ID!) { approveListing(productId: $id) { status } }`, { id: created.productId });

    const { withdrawListing } = await vendor.client.data<{ withdrawListing: { status: string; product: { status: string } } }>(
      `mutation($id: ID!) { withdrawListing(productId: $id) { status product { status } } }`,
      { id: created.productId },
    );
    expect(withdrawListing).toEqual({ status: 'WITHDRAWN', product: { status: 'ARCHIVED' } });
    expect(await visibleTo(env.visitor(), created.product.slug)).toBe(false);
    const edit = await vendor.client.request(UPDATE, { id: created.productId, input: { description: 'Back?' } });
    expect(firstError(edit)).toMatchObject({ code: 'CONFLICT', field: 'productId' });
    expect(await eventsOf(created.productId)).toEqual(['listing.submitted', 'listing.rejected', 'listing.submitted', 'listing.approved', 'listing.withdrawn']);
  });

  it('restocks at once; refuses bad input with codes and fields', async () => {
    const created = await list();
    const { setListingStock } = await vendor.client.data<{ setListingStock: { stock: number } }>(`mutation($id: ID!) { setListingStock(variantId: $id, stock: 12) { stock } }`, {
      id: created.product.variants[0].id,
    });
    expect(setListingStock.stock).toBe(12);
    expect(firstError(await vendor.client.request(`mutation($id: ID!) { setListingStock(variantId: $id, stock: -1) { stock } }`, { id: created.product.variants[0].id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'stock',
    });

    const bad = (input: Record<string, unknown>) => vendor.client.request(CREATE, { vendorId: vendor.sellerId, input: { title: 'X', description: 'Y', categoryId, variants: [{ name: 'One', priceMinor: 1_00, stock: 1 }], ...input } });
    expect(firstError(await bad({ title: '' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(firstError(await bad({ variants: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variants' });
    expect(firstError(await bad({ variants: [{ name: 'One', priceMinor: 0, stock: 1 }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'variants.0.priceMinor' });
    expect(firstError(await bad({ categoryId: '00000000-0000-4000-8000-000000000000' }))).toMatchObject({ code: 'NOT_FOUND', field: 'categoryId' });
    // Someone else's upload cannot become this vendor's photo.
    const stranger = await createAccount(env, 'stranger');
    const theirs = await upload(stranger.client);
    expect(firstError(await bad({ photoIds: [theirs] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoIds' });
    expect(await env.dataSource.query(`SELECT id FROM media_asset WHERE id = $1`, [theirs])).toHaveLength(1);

    const approved = await list();
    await env.as.manager.data(`mutation($id: ID!) { approveListing(productId: $id) { status } }`, { id: approved.productId });
    expect(firstError(await env.as.manager.request(`mutation($id: ID!) { approveListing(productId: $id) { status } }`, { id: approved.productId }))).toMatchObject({
      code: 'CONFLICT',
      field: 'productId',
    });
    expect(firstError(await env.as.manager.request(`mutation($id: ID!) { rejectListing(productId: $id, reason: "") { status } }`, { id: approved.productId }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
  });

  it('pages the review queue oldest first, one statement for the page and one per batched field', async () => {
    const seller = await createVendor(env);
    for (let i = 0; i < 4; i++) await list(seller, { title: `Queue item ${i}` });
    const first = await env.as.manager.data<{ listingReviewQueue: { nodes: { submittedAt: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      `{ listingReviewQueue(first: 3) { nodes { submittedAt } pageInfo { endCursor hasNextPage } } }`,
    );
    const times = first.listingReviewQueue.nodes.map((node) => Date.parse(node.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(first.listingReviewQueue.pageInfo.hasNextPage).toBe(true);
    const next = await env.as.manager.data<{ listingReviewQueue: { nodes: { submittedAt: string }[] } }>(`query($after: String) { listingReviewQueue(first: 3, after: $after) { nodes { submittedAt } } }`, {
      after: first.listingReviewQueue.pageInfo.endCursor,
    });
    expect(Date.parse(next.listingReviewQueue.nodes[0].submittedAt)).toBeGreaterThanOrEqual(times.at(-1)!);

    // The seller's own list pages newest first, each listing once.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { sellerListings: { nodes: { productId: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } } = await seller.client.data(
        `query($id: ID!, $after: String) { sellerListings(vendorId: $id, first: 3, after: $after) { nodes { productId } pageInfo { endCursor hasNextPage } } }`,
        { id: seller.sellerId, after },
      );
      seen.push(...page.sellerListings.nodes.map((node) => node.productId));
      after = page.sellerListings.pageInfo.hasNextPage ? page.sellerListings.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);

    const statementsFor = async (first: number) => {
      env.queries.length = 0;
      const page = await env.as.manager.data<{ listingReviewQueue: { nodes: unknown[] } }>(
        `query($first: Int!) { listingReviewQueue(first: $first) { nodes { sellerName product { name images { url } variants { price { amountMinor } } } } } }`,
        { first },
      );
      expect(page.listingReviewQueue.nodes).toHaveLength(first);
      return env.queries.filter((sql) => /^\s*select/i.test(sql)).length;
    };
    // Whatever the page size: no statement per listing.
    expect(await statementsFor(1)).toBe(await statementsFor(4));
  });
});
