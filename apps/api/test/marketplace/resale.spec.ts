import { randomUUID } from 'node:crypto';
import { SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { BuildEvents } from '@flagship/community';
import { LedgerAccounts, LedgerService, OrderPartRefundService, ReleaseHeldFundsJob } from '@flagship/marketplace';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createAccount } from '../support/marketplace-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const LIST = `mutation($input: ListUsedItemInput!) { listUsedItem(input: $input) { productId kind condition frameSerial frameSerialMasked listingStatus sold product { id slug status offerKind variants { id } } } }`;
const MARKET = `query($kind: UsedItemKind) { usedItems(kind: $kind, first: 60) { nodes { productId frameSerial frameSerialMasked sellerName product { slug } } } }`;
const SALE_FIELDS = `partId orderId stage fundsStatus partStatus releaseAfter sellerNet { amountMinor } paid { amountMinor } claimable claim { id status }`;

type Listed = { productId: string; frameSerial: string | null; frameSerialMasked: string | null; listingStatus: string; product: { id: string; slug: string; status: string; variants: { id: string }[] } };
type Seller = { accountId: string; client: GraphQLTestClient };

describe('used-item resale (decision 0042)', () => {
  let env: TestEnvironment;
  let shipping: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    shipping = await standardShippingId(env);
  });
  afterAll(() => env.close());

  const serial = () => `RL-${randomUUID().slice(0, 8)}`.toUpperCase();
  async function adultSeller(): Promise<Seller> {
    const seller = await createAccount(env, 'rider');
    await seller.client.data(`mutation { confirmAdultSeller { adultConfirmedAt } }`);
    return seller;
  }
  const bike = (overrides: Record<string, unknown> = {}) => ({
    kind: 'BIKE',
    condition: 'GOOD',
    title: `Used gravel bike ${randomUUID().slice(0, 6)}`,
    description: 'Ridden for two seasons, serviced in spring.',
    priceMinor: 900_00,
    brand: 'Ridgeline',
    model: 'Summit AL',
    frameSize: 'M',
    year: 2022,
    frameSerial: serial(),
    handoverNote: 'Pickup in Berlin or shipped in a bike box',
    ...overrides,
  });
  async function list(seller: Seller, overrides: Record<string, unknown> = {}): Promise<Listed> {
    return (await seller.client.data<{ listUsedItem: Listed }>(LIST, { input: bike(overrides) })).listUsedItem;
  }
  /** A buyer buys the item through the real checkout (the offline provider pays at once). */
  async function buy(item: Listed): Promise<{ buyer: GraphQLTestClient; orderId: string; partId: string }> {
    const [buyer] = await createShoppers(env, 1, [{ variantId: item.product.variants[0].id, quantity: 1 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shipping) });
    expect(checkout.order.status).toBe('PAID');
    const [{ id }] = await env.dataSource.query(`SELECT id FROM order_part WHERE order_id = $1 AND seller_kind = 'MEMBER'`, [checkout.order.id]);
    return { buyer, orderId: checkout.order.id, partId: id };
  }
  const balances = (sellerId: string) =>
    env.app.get(LedgerService).balances([LedgerAccounts.held({ kind: SellerKind.MEMBER, id: sellerId }), LedgerAccounts.seller({ kind: SellerKind.MEMBER, id: sellerId })], 'EUR');

  it('demo: Ana and Ben are adult sellers of three used bikes and three parts with pictures; Ana’s tourer sold to Chloe and settled; a stolen list', async () => {
    const attested = await env.dataSource.query(`SELECT a.email FROM seller_attestation s JOIN account a ON a.id = s.account_id WHERE a.email LIKE '%@riders.example' ORDER BY a.email`);
    expect(attested.map((r: { email: string }) => r.email)).toEqual(expect.arrayContaining(['ana@riders.example', 'ben@riders.example']));
    const { usedItems } = await env.visitor().data<{ usedItems: { nodes: { kind: string; sellerName: string; product: { images: { url: string }[] } }[] } }>(
      `{ usedItems(first: 60) { nodes { kind sellerName product { images { url } } } } }`,
    );
    const demo = usedItems.nodes.filter((n) => n.sellerName === 'Ana Rider' || n.sellerName === 'Ben Climber');
    expect(demo.filter((n) => n.kind === 'BIKE')).toHaveLength(3);
    expect(demo.filter((n) => n.kind === 'PART')).toHaveLength(3);
    expect(demo.every((n) => n.product.images.length >= 1)).toBe(true);
    const [sold] = await env.dataSource.query(
      `SELECT p.funds_status, p.status, b.email FROM used_item u JOIN order_part p ON p.id = u.sold_part_id JOIN account b ON b.id = p.buyer_id JOIN product pr ON pr.id = u.product_id WHERE pr.name LIKE 'Longway Steel Tourer%'`,
    );
    expect(sold).toEqual({ funds_status: 'RELEASED', status: 'FULFILLED', email: 'chloe@riders.example' });
    expect(await env.count('stolen_bike')).toBeGreaterThanOrEqual(3);
  });

  it('serves a page of the market with its cards in the same statements for 2 and for 8 items (no N+1)', async () => {
    const CARDS = `query($first: Int!) { usedItems(first: $first) { nodes { title slug sellerName condition price { amountMinor } photo { url srcset } product { usedItem { year } } } } }`;
    const statementsFor = async (first: number) => {
      env.queries.length = 0;
      const { usedItems } = await env.visitor().data<{ usedItems: { nodes: { title: string; photo: { url: string } | null }[] } }>(CARDS, { first });
      expect(usedItems.nodes).toHaveLength(first);
      expect(usedItems.nodes.every((n) => n.title)).toBe(true);
      return env.queries.length;
    };
    const seller = await adultSeller();
    for (let i = 0; i < 3; i++) await list(seller, { kind: 'PART', frameSerial: null, title: `Spare part ${i} ${randomUUID().slice(0, 4)}` });
    expect(await statementsFor(8)).toBe(await statementsFor(2));
  });

  it('lists a used bike only for an adult, with a normalised serial, public at once and masked to others', async () => {
    const member = await createAccount(env, 'young');
    expect(firstError(await member.client.request(LIST, { input: bike() }))).toMatchObject({ code: 'ADULT_CONFIRMATION_REQUIRED', field: 'adult' });

    const seller = await adultSeller();
    expect(firstError(await seller.client.request(LIST, { input: bike({ frameSerial: null }) }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'frameSerial' });
    const item = await list(seller, { frameSerial: 'wtu 123-456 x' });
    expect(item).toMatchObject({ frameSerial: 'WTU123456X', frameSerialMasked: '••••••56X', listingStatus: 'APPROVED', product: { status: 'PUBLISHED' } });

    const { usedItems } = await env.visitor().data<{ usedItems: { nodes: { productId: string; frameSerial: string | null; frameSerialMasked: string; sellerName: string }[] } }>(MARKET, { kind: 'BIKE' });
    const onMarket = usedItems.nodes.find((n) => n.productId === item.productId);
    expect(onMarket).toMatchObject({ frameSerial: null, frameSerialMasked: '••••••56X' });
    expect(onMarket?.sellerName).toMatch(/^rider/);
    const { usedItems: parts } = await env.visitor().data<{ usedItems: { nodes: { productId: string }[] } }>(MARKET, { kind: 'PART' });
    expect(parts.nodes.some((n) => n.productId === item.productId)).toBe(false);

    const { product } = await env.visitor().data<{ product: { usedItem: { condition: string; year: number; frameSize: string } } }>(
      `query($slug: String!) { product(slug: $slug) { usedItem { condition year frameSize } } }`,
      { slug: item.product.slug },
    );
    expect(product.usedItem).toEqual({ condition: 'GOOD', year: 2022, frameSize: 'M' });

    const { updateUsedItem } = await seller.client.data<{ updateUsedItem: { condition: string; product: { priceFrom: { amountMinor: number }; variants: { price: { amountMinor: number } }[] } } }>(
      `mutation($input: UpdateUsedItemInput!) { updateUsedItem(input: $input) { condition product { priceFrom { amountMinor } variants { price { amountMinor } } } } }`,
      { input: { productId: item.productId, priceMinor: 850_00, condition: 'FAIR' } },
    );
    expect(updateUsedItem).toEqual({ condition: 'FAIR', product: { priceFrom: { amountMinor: 850_00 }, variants: [{ price: { amountMinor: 850_00 } }] } });
    await seller.client.data(`mutation($id: ID!) { withdrawUsedItem(productId: $id) { productId } }`, { id: item.productId });
    const { usedItems: after } = await env.visitor().data<{ usedItems: { nodes: { productId: string }[] } }>(MARKET, {});
    expect(after.nodes.some((n) => n.productId === item.productId)).toBe(false);
  });

  it('refuses a bike whose serial is on the stolen list, and a newly imported serial blocks a live listing in the same transaction', async () => {
    const seller = await adultSeller();
    const live = await list(seller);
    const reported = serial();
    const result = await env.as.manager.data<{ importStolenBikes: { added: number; duplicates: number; blockedListings: number; problems: { line: number; message: string }[] } }>(
      `mutation($csv: String!) { importStolenBikes(csv: $csv) { added duplicates blockedListings problems { line message } } }`,
      { csv: `serial,note\n${reported.toLowerCase()},from the police list\n!!,bad\n${live.frameSerial?.replace(/(.{3})/, '$1-')},its owner\n\n${reported},again\n` },
    );
    expect(result.importStolenBikes).toMatchObject({ added: 2, duplicates: 0, blockedListings: 1 });
    expect(result.importStolenBikes.problems.map((p) => p.line)).toEqual([3, 6]);

    const [listing] = await env.dataSource.query(`SELECT l.status, p.status AS product_status FROM listing l JOIN product p ON p.id = l.product_id WHERE l.product_id = $1`, [live.productId]);
    expect(listing).toEqual({ status: 'BLOCKED', product_status: 'DRAFT' });
    const { usedItems } = await env.visitor().data<{ usedItems: { nodes: { productId: string }[] } }>(MARKET, {});
    expect(usedItems.nodes.some((n) => n.productId === live.productId)).toBe(false);

    expect(firstError(await seller.client.request(LIST, { input: bike({ frameSerial: ` ${reported.toLowerCase()} ` }) }))).toMatchObject({ code: 'STOLEN_SERIAL', field: 'frameSerial' });

    // A member reports their own bike: another member's live listing of that serial is blocked too.
    const other = await list(await adultSeller());
    const owner = await createAccount(env, 'owner');
    await owner.client.data(`mutation($serial: String!) { reportStolenBike(serial: $serial, note: "Taken from the station") { serial source } }`, { serial: other.frameSerial });
    const [blocked] = await env.dataSource.query(`SELECT status FROM listing WHERE product_id = $1`, [other.productId]);
    expect(blocked.status).toBe('BLOCKED');
    const [{ count }] = await env.dataSource.query(`SELECT count(*)::int FROM platform_event WHERE type = 'used_item.blocked' AND subject_id = $1`, [other.productId]);
    expect(count).toBe(1);
  });

  it('holds the money of a sale and releases it when the claim window ends without a claim (moved clock), once', async () => {
    const seller = await adultSeller();
    const item = await list(seller, { priceMinor: 500_00 });
    const { buyer, partId } = await buy(item);
    const [part] = await env.dataSource.query(`SELECT funds_status, net_minor::int, status FROM order_part WHERE id = $1`, [partId]);
    expect(part).toMatchObject({ funds_status: 'HELD', status: 'PAID' });
    expect(await balances(seller.accountId)).toEqual(new Map([[LedgerAccounts.held({ kind: SellerKind.MEMBER, id: seller.accountId }), part.net_minor], [LedgerAccounts.seller({ kind: SellerKind.MEMBER, id: seller.accountId }), 0]]));
    const [sold] = await env.dataSource.query(`SELECT u.sold_part_id, l.status FROM used_item u JOIN listing l USING (product_id) WHERE u.product_id = $1`, [item.productId]);
    expect(sold).toEqual({ sold_part_id: partId, status: 'WITHDRAWN' });

    await seller.client.data(`mutation($id: ID!) { markUsedItemShipped(partId: $id, tracking: "DHL 123") { stage } }`, { id: partId });
    const { markUsedItemDelivered } = await seller.client.data<{ markUsedItemDelivered: { stage: string; releaseAfter: string; claimable: boolean } }>(
      `mutation($id: ID!) { markUsedItemDelivered(partId: $id) { ${SALE_FIELDS} } }`,
      { id: partId },
    );
    expect(markUsedItemDelivered).toMatchObject({ stage: 'DELIVERED', claimable: true });
    expect(new Date(markUsedItemDelivered.releaseAfter).getTime() - Date.now()).toBeGreaterThan(47 * 3600_000);

    const job = env.app.get(ReleaseHeldFundsJob);
    expect(await job.run()).not.toContain(partId);
    await env.dataSource.query(`UPDATE order_part SET release_after = now() - interval '1 minute' WHERE id = $1`, [partId]);
    expect(await job.run()).toContain(partId);
    expect(await job.run()).not.toContain(partId);

    const [after] = await env.dataSource.query(`SELECT funds_status, status FROM order_part WHERE id = $1`, [partId]);
    expect(after).toEqual({ funds_status: 'RELEASED', status: 'FULFILLED' });
    const money = await balances(seller.accountId);
    expect(money.get(LedgerAccounts.held({ kind: SellerKind.MEMBER, id: seller.accountId }))).toBe(0);
    expect(money.get(LedgerAccounts.seller({ kind: SellerKind.MEMBER, id: seller.accountId }))).toBe(part.net_minor);
    const [{ releases }] = await env.dataSource.query(`SELECT count(*)::int AS releases FROM ledger_transaction WHERE order_part_id = $1 AND kind = 'RELEASE'`, [partId]);
    expect(releases).toBe(1);

    // Too late for a claim now.
    const late = await buyer.request(`mutation($input: OpenClaimInput!) { openClaim(input: $input) { id } }`, { input: { partId, reason: 'DAMAGED', details: 'The fork is bent, it was fine in the photos.' } });
    expect(firstError(late)).toMatchObject({ code: 'CLAIM_WINDOW_CLOSED', field: 'partId' });
  });

  it('a claim within the window freezes the money: the job does not release it; a brand manager refunds the buyer', async () => {
    const seller = await adultSeller();
    const item = await list(seller, { priceMinor: 300_00 });
    const { buyer, partId } = await buy(item);
    await buyer.data(`mutation($id: ID!) { markUsedItemDelivered(partId: $id) { stage } }`, { id: partId });
    const { openClaim } = await buyer.data<{ openClaim: { id: string; status: string } }>(`mutation($input: OpenClaimInput!) { openClaim(input: $input) { id status } }`, {
      input: { partId, reason: 'NOT_AS_DESCRIBED', details: 'The frame has a crack the listing did not mention.' },
    });
    expect(openClaim.status).toBe('OPEN');
    await env.dataSource.query(`UPDATE order_part SET release_after = now() - interval '1 day' WHERE id = $1`, [partId]);
    expect(await env.app.get(ReleaseHeldFundsJob).run()).not.toContain(partId);
    const [frozen] = await env.dataSource.query(`SELECT funds_status FROM order_part WHERE id = $1`, [partId]);
    expect(frozen.funds_status).toBe('FROZEN');

    const { claimQueue } = await env.as.manager.data<{ claimQueue: { partId: string }[] }>(`{ claimQueue { partId } }`);
    expect(claimQueue.map((s) => s.partId)).toContain(partId);
    const { decideClaim } = await env.as.manager.data<{ decideClaim: { status: string; outcome: string } }>(
      `mutation($input: DecideClaimInput!) { decideClaim(input: $input) { status outcome } }`,
      { input: { claimId: openClaim.id, outcome: 'REFUND_BUYER', note: 'Photos show the crack.' } },
    );
    expect(decideClaim).toEqual({ status: 'DECIDED', outcome: 'REFUND_BUYER' });
    const money = await balances(seller.accountId);
    expect([...money.values()]).toEqual([0, 0]);
    const [{ unbalanced }] = await env.dataSource.query(`SELECT count(*)::int AS unbalanced FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0) t`);
    expect(unbalanced).toBe(0);
  });

  it('a partly refunded sale releases only what is left; a fully refunded one has nothing held; the seller cannot mark it fulfilled', async () => {
    const seller = await adultSeller();
    const item = await list(seller, { priceMinor: 200_00 });
    const { buyer, partId } = await buy(item);
    // Held money is settled by delivery and the claim window, not by "fulfilled" (the seller's shortcut).
    const shortcut = await seller.client.request(`mutation($id: ID!) { fulfilOrderPart(partId: $id) { status } }`, { id: partId });
    expect(firstError(shortcut)).toMatchObject({ code: 'CONFLICT', field: 'partId' });
    // The seller refunds part of it (say, a missing pedal), then the buyer confirms receipt.
    await env.app.get(OrderPartRefundService).refund({ partId, amountMinor: 50_00, idempotencyKey: randomUUID(), reason: 'No pedals', actorId: seller.accountId });
    const [part] = await env.dataSource.query(`SELECT net_minor::int, refunded_minor::int, commission_refunded_minor::int FROM order_part WHERE id = $1`, [partId]);
    await buyer.data(`mutation($id: ID!) { confirmUsedItemReceived(partId: $id) { stage } }`, { id: partId });
    const left = part.net_minor - (part.refunded_minor - part.commission_refunded_minor);
    const money = await balances(seller.accountId);
    expect(money.get(LedgerAccounts.held({ kind: SellerKind.MEMBER, id: seller.accountId }))).toBe(0);
    expect(money.get(LedgerAccounts.seller({ kind: SellerKind.MEMBER, id: seller.accountId }))).toBe(left);

    // Refunded in full before delivery: nothing is held any more, and receipt cannot release anything.
    const other = await list(seller, { priceMinor: 120_00 });
    const second = await buy(other);
    const [{ gross }] = await env.dataSource.query(`SELECT gross_minor::int AS gross FROM order_part WHERE id = $1`, [second.partId]);
    await env.app.get(OrderPartRefundService).refund({ partId: second.partId, amountMinor: gross, idempotencyKey: randomUUID(), reason: 'Sold elsewhere', actorId: seller.accountId });
    const [refunded] = await env.dataSource.query(`SELECT status, funds_status FROM order_part WHERE id = $1`, [second.partId]);
    expect(refunded).toEqual({ status: 'REFUNDED', funds_status: 'NONE' });
    expect(firstError(await second.buyer.request(`mutation($id: ID!) { confirmUsedItemReceived(partId: $id) { stage } }`, { id: second.partId })).code).toBe('CONFLICT');
    const [{ unbalanced }] = await env.dataSource.query(`SELECT count(*)::int AS unbalanced FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0) t`);
    expect(unbalanced).toBe(0);
  });

  it('the buyer confirming receipt releases the money at once; a claim decided for the seller releases it', async () => {
    const seller = await adultSeller();
    const first = await buy(await list(seller, { priceMinor: 200_00 }));
    const { confirmUsedItemReceived } = await first.buyer.data<{ confirmUsedItemReceived: { stage: string; fundsStatus: string; sellerNet: null } }>(
      `mutation($id: ID!) { confirmUsedItemReceived(partId: $id) { stage fundsStatus sellerNet { amountMinor } } }`,
      { id: first.partId },
    );
    expect(confirmUsedItemReceived).toEqual({ stage: 'RELEASED', fundsStatus: 'RELEASED', sellerNet: null });

    const second = await buy(await list(seller, { priceMinor: 250_00 }));
    const { openClaim } = await second.buyer.data<{ openClaim: { id: string } }>(`mutation($input: OpenClaimInput!) { openClaim(input: $input) { id } }`, {
      input: { partId: second.partId, reason: 'NOT_RECEIVED', details: 'Nothing arrived after a week.' },
    });
    await env.as.manager.data(`mutation($input: DecideClaimInput!) { decideClaim(input: $input) { status } }`, {
      input: { claimId: openClaim.id, outcome: 'RELEASE_TO_SELLER', note: 'Tracking shows it delivered.' },
    });
    const parts = await env.dataSource.query(`SELECT funds_status, net_minor::int FROM order_part WHERE id = ANY($1)`, [[first.partId, second.partId]]);
    expect(parts.every((p: { funds_status: string }) => p.funds_status === 'RELEASED')).toBe(true);
    const money = await balances(seller.accountId);
    expect(money.get(LedgerAccounts.seller({ kind: SellerKind.MEMBER, id: seller.accountId }))).toBe(parts.reduce((s: number, p: { net_minor: number }) => s + p.net_minor, 0));
  });

  it('another member can neither read nor change a seller’s used items, sales or claims', async () => {
    const seller = await adultSeller();
    const item = await list(seller);
    const { buyer, orderId, partId } = await buy(await list(seller, { priceMinor: 150_00 }));
    const stranger = await adultSeller();
    const as = (client: GraphQLTestClient, query: string, variables: Record<string, unknown> = {}) => client.request(query, variables).then(firstError);

    expect(await as(stranger.client, `mutation($input: UpdateUsedItemInput!) { updateUsedItem(input: $input) { productId } }`, { input: { productId: item.productId, priceMinor: 1_00 } })).toMatchObject({ code: 'NOT_FOUND', field: 'productId' });
    expect(await as(stranger.client, `mutation($id: ID!) { withdrawUsedItem(productId: $id) { productId } }`, { id: item.productId })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await as(stranger.client, `mutation($id: ID!) { markUsedItemShipped(partId: $id) { stage } }`, { id: partId })).toMatchObject({ code: 'NOT_FOUND', field: 'partId' });
    expect(await as(stranger.client, `mutation($id: ID!) { markUsedItemDelivered(partId: $id) { stage } }`, { id: partId })).toMatchObject({ code: 'NOT_FOUND', field: 'partId' });
    expect(await as(stranger.client, `mutation($id: ID!) { confirmUsedItemReceived(partId: $id) { stage } }`, { id: partId })).toMatchObject({ code: 'NOT_FOUND', field: 'partId' });
    // The seller is not the buyer: only the buyer confirms receipt or claims.
    expect(await as(seller.client, `mutation($id: ID!) { confirmUsedItemReceived(partId: $id) { stage } }`, { id: partId })).toMatchObject({ code: 'NOT_FOUND' });
    const claim = { input: { partId, reason: 'OTHER', details: 'Trying to claim someone else’s sale.' } };
    expect(await as(stranger.client, `mutation($input: OpenClaimInput!) { openClaim(input: $input) { id } }`, claim)).toMatchObject({ code: 'NOT_FOUND', field: 'partId' });
    const { openClaim } = await buyer.data<{ openClaim: { id: string } }>(`mutation($input: OpenClaimInput!) { openClaim(input: $input) { id } }`, claim);
    expect(await as(stranger.client, `mutation($input: DecideClaimInput!) { decideClaim(input: $input) { id } }`, { input: { claimId: openClaim.id, outcome: 'RELEASE_TO_SELLER', note: 'Mine now' } })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await as(stranger.client, `{ claimQueue { partId } }`)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await as(stranger.client, `mutation { importStolenBikes(csv: "serial\\nABCD1234") { added } }`)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await as(stranger.client, `{ stolenBikes { serial } }`)).toMatchObject({ code: 'FORBIDDEN' });

    const { usedSalesOfOrder } = await stranger.client.data<{ usedSalesOfOrder: unknown[] }>(`query($id: ID!) { usedSalesOfOrder(orderId: $id) { partId } }`, { id: orderId });
    expect(usedSalesOfOrder).toEqual([]);
    const { myUsedSales } = await stranger.client.data<{ myUsedSales: unknown[] }>(`{ myUsedSales { partId } }`);
    expect(myUsedSales).toEqual([]);
    const { myUsedItems } = await stranger.client.data<{ myUsedItems: unknown[] }>(`{ myUsedItems { productId } }`);
    expect(myUsedItems).toEqual([]);
    const { product } = await stranger.client.data<{ product: { usedItem: { frameSerial: string | null; listingStatus: string | null } } }>(
      `query($slug: String!) { product(slug: $slug) { usedItem { frameSerial listingStatus } } }`,
      { slug: item.product.slug },
    );
    expect(product.usedItem).toEqual({ frameSerial: null, listingStatus: null });
    // Its own sale is the seller's and buyer's to see.
    const { usedSalesOfOrder: own } = await buyer.data<{ usedSalesOfOrder: { partId: string; sellerNet: null }[] }>(`query($id: ID!) { usedSalesOfOrder(orderId: $id) { partId sellerNet { amountMinor } } }`, { id: orderId });
    expect(own).toEqual([{ partId, sellerNet: null }]);
    const { myUsedSales: sellers } = await seller.client.data<{ myUsedSales: { partId: string }[] }>(`{ myUsedSales { partId } }`);
    expect(sellers.map((s) => s.partId)).toEqual([partId]);
  });

  it('pays a build creator’s royalty from the brand’s sale of the product made from the build', async () => {
    const creator = await createAccount(env, 'creator');
    const variantId = await variantIdBySku(env, 'RIDGELINE-MULTITOOL-1');
    const [{ product_id: productId }] = await env.dataSource.query(`SELECT product_id FROM product_variant WHERE id = $1`, [variantId]);
    const connection = env.app.get(TransactionalConnection);
    await connection.withTransaction(() =>
      env.app.get(EventLog).record(BuildEvents.accepted, { actorId: null, subjectId: randomUUID(), payload: { productId, creatorId: creator.accountId, royaltyBp: 750 } }),
    );
    const [buyer] = await createShoppers(env, 1, [{ variantId, quantity: 3 }]);
    const { checkout } = await buyer.data<CheckoutData>(CHECKOUT, { input: checkoutInput(shipping) });
    const [line] = await env.dataSource.query(`SELECT line_total_minor::int FROM order_line WHERE order_id = $1 AND product_id = $2`, [checkout.order.id, productId]);
    const royalty = Math.floor((line.line_total_minor * 750 + 5_000) / 10_000);
    const balance = await env.app.get(LedgerService).balance(LedgerAccounts.royalty(creator.accountId));
    expect(balance.get('EUR')).toBe(royalty);
    const [{ count }] = await env.dataSource.query(`SELECT count(*)::int FROM platform_event WHERE type = 'royalty.earned' AND payload->>'creatorId' = $1`, [creator.accountId]);
    expect(count).toBe(1);
  });
});
