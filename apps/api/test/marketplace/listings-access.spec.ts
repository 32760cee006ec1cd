import { randomUUID } from 'node:crypto';
import { OrganisationRole } from '@flagship/api-core';
import { OrganisationService } from '@flagship/accounts';
import { firstError, type GraphQLResult, type GraphQLTestClient } from '@flagship/testing';
import { createAccount, createVendor, listApproved, type TestSeller } from '../support/marketplace-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * A vendor's staff reach only their own vendor's listings (issue 11, done when): for every query and
 * mutation of listings, another vendor's staff member is refused as if the listing did not exist, and
 * nothing changes; the vendor's own staff member is let through.
 */
describe("another vendor's staff cannot read or change a vendor's listings", () => {
  let env: TestEnvironment;
  let owner: TestSeller;
  let ownStaff: GraphQLTestClient;
  let otherStaff: GraphQLTestClient;
  let categoryId: string;
  beforeAll(async () => {
    env = await createTestEnvironment();
    owner = await createVendor(env, 'Spoke Studio');
    const rival = await createVendor(env, 'Rival Cycles');
    const organisations = env.app.get(OrganisationService);
    const staffOf = async (vendor: TestSeller) => {
      const staff = await createAccount(env, 'staff', ['VENDOR']);
      await organisations.setMember(null, vendor.sellerId, staff.accountId, OrganisationRole.STAFF);
      return staff.client;
    };
    ownStaff = await staffOf(owner);
    otherStaff = await staffOf(rival);
    [{ id: categoryId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`);
  }, 120_000);
  afterAll(() => env.close());

  const listing = async () => {
    const { productId, variantId } = await listApproved(env, owner, { priceMinor: 30_00, stock: 5, title: `Tyre levers ${randomUUID().slice(0, 6)}` });
    return { productId, variantId };
  };
  const row = async (productId: string) =>
    (
      await env.dataSource.query(
        `SELECT l.status, l.pending_revision, p.name, p.description, p.status AS product_status, (SELECT stock FROM product_variant WHERE product_id = p.id LIMIT 1) AS stock
         FROM listing l JOIN product p ON p.id = l.product_id WHERE l.product_id = $1`,
        [productId],
      )
    )[0];
  const refusedAsMissing = (result: GraphQLResult, field: string) => expect(firstError(result)).toMatchObject({ code: 'NOT_FOUND', field });

  it('sellerListings: refused for another vendor’s staff, served to its own', async () => {
    const { productId } = await listing();
    const query = `query($id: ID!) { sellerListings(vendorId: $id) { nodes { productId } } }`;
    refusedAsMissing(await otherStaff.request(query, { id: owner.sellerId }), 'vendorId');
    refusedAsMissing(await env.as.consumer.request(query, { id: owner.sellerId }), 'vendorId');
    const own = await ownStaff.data<{ sellerListings: { nodes: { productId: string }[] } }>(query, { id: owner.sellerId });
    expect(own.sellerListings.nodes.map((node) => node.productId)).toContain(productId);
  });

  it('Product.listing: null for another vendor’s staff, served to its own and to brand managers', async () => {
    const { productId } = await listing();
    const [{ slug }] = await env.dataSource.query(`SELECT slug FROM product WHERE id = $1`, [productId]);
    const query = `query($slug: String!) { product(slug: $slug) { listing { status } } }`;
    expect(await otherStaff.data(query, { slug })).toEqual({ product: { listing: null } });
    expect(await env.visitor().data(query, { slug })).toEqual({ product: { listing: null } });
    expect(await ownStaff.data(query, { slug })).toEqual({ product: { listing: { status: 'APPROVED' } } });
    expect(await env.as.manager.data(query, { slug })).toEqual({ product: { listing: { status: 'APPROVED' } } });
  });

  it('listing: refused for another vendor’s staff, served to its own', async () => {
    const { productId } = await listing();
    const query = `query($id: ID!) { listing(productId: $id) { status } }`;
    refusedAsMissing(await otherStaff.request(query, { id: productId }), 'productId');
    expect(await ownStaff.data(query, { id: productId })).toEqual({ listing: { status: 'APPROVED' } });
  });

  it('createVendorListing: another vendor’s staff cannot list in its name', async () => {
    const mutation = `mutation($id: ID!, $input: CreateVendorListingInput!) { createVendorListing(vendorId: $id, input: $input) { productId } }`;
    const input = { title: 'Counterfeit grips', description: 'Not theirs to sell.', categoryId, variants: [{ name: 'One', priceMinor: 5_00, stock: 1 }] };
    const before = (await env.dataSource.query(`SELECT count(*)::int AS n FROM listing WHERE seller_id = $1`, [owner.sellerId]))[0].n;
    refusedAsMissing(await otherStaff.request(mutation, { id: owner.sellerId, input }), 'vendorId');
    expect((await env.dataSource.query(`SELECT count(*)::int AS n FROM listing WHERE seller_id = $1`, [owner.sellerId]))[0].n).toBe(before);
    expect((await ownStaff.data<{ createVendorListing: { productId: string } }>(mutation, { id: owner.sellerId, input: { ...input, title: 'Grips' } })).createVendorListing.productId).toBeTruthy();
  });

  it('updateListing: refused and unchanged for another vendor’s staff', async () => {
    const { productId } = await listing();
    const before = await row(productId);
    const mutation = `mutation($id: ID!, $input: UpdateListingInput!) { updateListing(productId: $id, input: $input) { status } }`;
    refusedAsMissing(await otherStaff.request(mutation, { id: productId, input: { description: 'Defaced', priceMinor: 1_00 } }), 'productId');
    expect(await row(productId)).toEqual(before);
    await ownStaff.data(mutation, { id: productId, input: { description: 'Three levers, nylon.' } });
    expect((await row(productId)).description).toBe('Three levers, nylon.');
  });

  it('setListingStock: refused and unchanged for another vendor’s staff', async () => {
    const { productId, variantId } = await listing();
    const mutation = `mutation($id: ID!) { setListingStock(variantId: $id, stock: 0) { stock } }`;
    refusedAsMissing(await otherStaff.request(mutation, { id: variantId }), 'variantId');
    expect((await row(productId)).stock).toBe(5);
    expect(await ownStaff.data(mutation, { id: variantId })).toEqual({ setListingStock: { stock: 0 } });
  });

  it('withdrawListing: refused and still on sale for another vendor’s staff', async () => {
    const { productId } = await listing();
    const mutation = `mutation($id: ID!) { withdrawListing(productId: $id) { status } }`;
    refusedAsMissing(await otherStaff.request(mutation, { id: productId }), 'productId');
    expect(await row(productId)).toMatchObject({ status: 'APPROVED', product_status: 'PUBLISHED' });
    expect(await ownStaff.data(mutation, { id: productId })).toEqual({ withdrawListing: { status: 'WITHDRAWN' } });
  });

  describe('brand managers’ review: refused for vendor staff (their own listings included)', () => {
    const pending = async () => {
      const { productId } = await listing();
      await ownStaff.data(`mutation($id: ID!) { updateListing(productId: $id, input: { priceMinor: 4500 }) { status } }`, { id: productId });
      return productId;
    };

    it('listingReviewQueue', async () => {
      await pending();
      for (const client of [otherStaff, ownStaff]) expect(firstError(await client.request(`{ listingReviewQueue { nodes { productId } } }`))).toMatchObject({ code: 'FORBIDDEN' });
    });

    it.each([
      ['approveListing', `mutation($id: ID!) { approveListing(productId: $id) { status } }`],
      ['rejectListing', `mutation($id: ID!) { rejectListing(productId: $id, reason: "Mine now") { status } }`],
      ['approveListingRevision', `mutation($id: ID!) { approveListingRevision(productId: $id) { status } }`],
      ['declineListingRevision', `mutation($id: ID!) { declineListingRevision(productId: $id, reason: "No") { status } }`],
    ])('%s', async (_name, mutation) => {
      const productId = await pending();
      const before = await row(productId);
      for (const client of [otherStaff, ownStaff]) expect(firstError(await client.request(mutation, { id: productId }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await row(productId)).toEqual(before);
    });
  });
});
