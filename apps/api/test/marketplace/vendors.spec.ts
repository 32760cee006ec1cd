import { randomUUID } from 'node:crypto';
import { firstError, type GraphQLTestClient } from '@flagship/testing';
import { DemoDataService } from '../../src/demo/demo-data.service';
import { createAccount, createVendor, listApproved } from '../support/marketplace-fixtures';
import { CHECKOUT, checkoutInput, createShoppers, standardShippingId } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const APPLY = `mutation($input: ApplyAsVendorInput!) { applyAsVendor(input: $input) { id status businessName website serviceArea categories { slug } } }`;
const APPROVE = `mutation($id: ID!) { approveVendorApplication(id: $id) { id status decidedAt reason vendor { id slug name status } } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectVendorApplication(id: $id, reason: $reason) { status reason } }`;
const VENDOR = `query($slug: String!) { vendor(slug: $slug) { id slug name description website serviceArea status categories { slug } } }`;

type Application = { id: string; status: string; vendor: { id: string; slug: string; name: string; status: string | null } | null };

/** The vendors feature through GraphQL (decision 0037): applications, approval, suspension, teams, pages. */
describe('vendors: applications, approval, suspension and teams', () => {
  let env: TestEnvironment;
  let categoryIds: { parts: string; tools: string };

  beforeAll(async () => {
    env = await createTestEnvironment();
    const rows: { id: string; slug: string }[] = await env.dataSource.query(`SELECT id, slug FROM category WHERE slug IN ('parts', 'tools')`);
    categoryIds = { parts: rows.find((r) => r.slug === 'parts')!.id, tools: rows.find((r) => r.slug === 'tools')!.id };
  });
  afterAll(() => env.close());

  const application = (name = `Trail Kitchen ${randomUUID().slice(0, 6)}`) => ({
    businessName: name,
    description: 'Energy bars and ride food baked in small batches for long days out.',
    categoryIds: [categoryIds.parts],
    website: 'https://trailkitchen.example',
    serviceArea: 'Online, EU-wide',
  });
  const events = async (type: string, subjectId: string) =>
    (await env.dataSource.query(`SELECT actor_id, payload FROM platform_event WHERE type = $1 AND subject_id = $2`, [type, subjectId])) as { actor_id: string; payload: Record<string, unknown> }[];

  /** A new member who applies; returns their client, account and application id. */
  const applicant = async (name?: string) => {
    const member = await createAccount(env, 'applicant');
    const { applyAsVendor } = await member.client.data<{ applyAsVendor: { id: string; status: string } }>(APPLY, { input: application(name) });
    return { ...member, applicationId: applyAsVendor.id };
  };

  it('a member applies, the brand manager approves: organisation, owner, VENDOR, page and events together', async () => {
    const member = await createAccount(env, 'applicant');
    const name = `Gravel Grocer ${randomUUID().slice(0, 6)}`;
    const { applyAsVendor } = await member.client.data<{ applyAsVendor: { id: string; status: string; website: string; categories: { slug: string }[] } }>(APPLY, {
      input: { ...application(name), categoryIds: [categoryIds.tools, categoryIds.parts] },
    });
    expect(applyAsVendor).toMatchObject({ status: 'SUBMITTED', website: 'https://trailkitchen.example' });
    expect(applyAsVendor.categories.map((c) => c.slug).sort()).toEqual(['parts', 'tools']);
    expect(await events('vendor_application.submitted', applyAsVendor.id)).toHaveLength(1);

    const { myVendorApplication } = await member.client.data<{ myVendorApplication: { id: string; status: string } }>(`{ myVendorApplication { id status } }`);
    expect(myVendorApplication).toEqual({ id: applyAsVendor.id, status: 'SUBMITTED' });

    const { vendorApplications } = await env.as.manager.data<{ vendorApplications: { nodes: { id: string; applicant: { id: string } }[] } }>(
      `{ vendorApplications(status: SUBMITTED, first: 50) { nodes { id applicant { id } } } }`,
    );
    expect(vendorApplications.nodes.map((n) => n.id)).toContain(applyAsVendor.id);

    const { approveVendorApplication } = await env.as.manager.data<{ approveVendorApplication: Application }>(APPROVE, { id: applyAsVendor.id });
    expect(approveVendorApplication).toMatchObject({ status: 'APPROVED', vendor: { name, status: 'ACTIVE' } });
    const vendorId = approveVendorApplication.vendor!.id;
    expect(approveVendorApplication.vendor!.slug).toBe(`gravel-grocer-${name.slice(-6).toLowerCase()}`);

    expect(await env.dataSource.query(`SELECT role FROM organisation_membership WHERE organisation_id = $1 AND account_id = $2`, [vendorId, member.accountId])).toEqual([{ role: 'OWNER' }]);
    expect(await env.dataSource.query(`SELECT role FROM account_role WHERE account_id = $1 AND role = 'VENDOR'`, [member.accountId])).toHaveLength(1);
    expect((await events('vendor_application.decided', applyAsVendor.id))[0].payload).toMatchObject({ decision: 'APPROVED', vendorId, reason: null, applicantId: member.accountId });
    expect(await events('organisation.created', vendorId)).toHaveLength(1);
    expect(await events('account.role_granted', member.accountId)).toHaveLength(1);

    // The owner sees their status; a visitor sees the page without it.
    const slug = approveVendorApplication.vendor!.slug;
    const { vendor: own } = await member.client.data<{ vendor: { status: string } }>(VENDOR, { slug });
    expect(own.status).toBe('ACTIVE');
    const { vendor: seen } = await env.visitor().data<{ vendor: { name: string; status: string | null; serviceArea: string } }>(VENDOR, { slug });
    expect(seen).toMatchObject({ name, status: null, serviceArea: 'Online, EU-wide' });
    const { vendors } = await env.visitor().data<{ vendors: { nodes: { slug: string }[] } }>(`{ vendors(first: 50) { nodes { slug } } }`);
    expect(vendors.nodes.map((v) => v.slug)).toContain(slug);

    // Deciding twice is refused.
    expect(firstError(await env.as.manager.request(APPROVE, { id: applyAsVendor.id }))).toMatchObject({ code: 'CONFLICT', field: 'id' });
  });

  it('refuses bad applications with a code and the field at fault', async () => {
    const member = await createAccount(env, 'applicant');
    const attempt = (input: Record<string, unknown>) => member.client.request(APPLY, { input: { ...application(), ...input } });
    expect(firstError(await attempt({ businessName: ' ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'businessName' });
    expect(firstError(await attempt({ description: 'Too short' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect(firstError(await attempt({ website: 'javascript:alert(1)' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'website' });
    expect(firstError(await attempt({ website: 'not a url' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'website' });
    expect(firstError(await attempt({ categoryIds: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryIds' });
    expect(firstError(await attempt({ categoryIds: [randomUUID()] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'categoryIds' });
    expect(firstError(await attempt({ serviceArea: '' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceArea' });
    expect(await env.dataSource.query(`SELECT 1 FROM vendor_application WHERE applicant_id = $1`, [member.accountId])).toHaveLength(0);

    // One open application per member; a visitor cannot apply at all.
    await member.client.data(APPLY, { input: application() });
    expect(firstError(await attempt({}))).toMatchObject({ code: 'CONFLICT', field: 'businessName' });
    expect(firstError(await env.visitor().request(APPLY, { input: application() })).code).toBe('UNAUTHENTICATED');
    expect(await env.dataSource.query(`SELECT 1 FROM vendor_application WHERE applicant_id = $1`, [member.accountId])).toHaveLength(1);
  });

  it('rejects with a reason the applicant reads, who may then apply again', async () => {
    const member = await applicant();
    expect(firstError(await env.as.manager.request(REJECT, { id: member.applicationId, reason: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const { rejectVendorApplication } = await env.as.manager.data<{ rejectVendorApplication: { status: string; reason: string } }>(REJECT, {
      id: member.applicationId,
      reason: 'We have a nutrition partner in your area already.',
    });
    expect(rejectVendorApplication).toEqual({ status: 'REJECTED', reason: 'We have a nutrition partner in your area already.' });
    expect((await events('vendor_application.decided', member.applicationId))[0].payload).toMatchObject({ decision: 'REJECTED', vendorId: null });
    const { myVendorApplication } = await member.client.data<{ myVendorApplication: { status: string; reason: string } }>(`{ myVendorApplication { status reason } }`);
    expect(myVendorApplication.status).toBe('REJECTED');
    expect(firstError(await env.as.manager.request(APPROVE, { id: member.applicationId }))).toMatchObject({ code: 'CONFLICT' });
    await member.client.data(APPLY, { input: application() });
  });

  it('gives two vendors of one name two slugs', async () => {
    const name = `Same Name ${randomUUID().slice(0, 6)}`;
    const slugs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const member = await applicant(name);
      const { approveVendorApplication } = await env.as.manager.data<{ approveVendorApplication: Application }>(APPROVE, { id: member.applicationId });
      slugs.push(approveVendorApplication.vendor!.slug);
    }
    expect(slugs[1]).toBe(`${slugs[0]}-2`);
  });

  describe('suspension', () => {
    const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendVendor(vendorId: $id, reason: $reason) { status suspensionReason } }`;
    const REINSTATE = `mutation($id: ID!) { reinstateVendor(vendorId: $id) { status } }`;

    it('hides every product of the vendor from everyone else at once, and shows them again when lifted', async () => {
      const vendor = await createVendor(env);
      const [{ slug: vendorSlug }] = await env.dataSource.query(`SELECT slug FROM vendor WHERE organisation_id = $1`, [vendor.sellerId]);
      const goods = await listApproved(env, vendor, { priceMinor: 19_00, stock: 20 });
      const second = await listApproved(env, vendor, { priceMinor: 29_00, stock: 20 });
      const [{ slug }] = await env.dataSource.query(`SELECT slug FROM product WHERE id = $1`, [goods.productId]);
      const [shopperWithCart] = await createShoppers(env, 1, [{ variantId: goods.variantId, quantity: 1 }]);
      const shopper = (await createShoppers(env, 1, []))[0];

      const visible = async (client: GraphQLTestClient) => {
        const { product } = await client.data<{ product: { id: string; vendor: { id: string } | null } | null }>(`query($slug: String!) { product(slug: $slug) { id vendor { id } } }`, { slug });
        const { products } = await client.data<{ products: { nodes: { id: string }[] } }>(`query($id: ID!) { products(filter: { sellerId: $id }, first: 50) { nodes { id } } }`, {
          id: vendor.sellerId,
        });
        return { product, listed: products.nodes.map((n) => n.id).sort() };
      };
      expect(await visible(env.visitor())).toEqual({ product: { id: goods.productId, vendor: { id: vendor.sellerId } }, listed: [goods.productId, second.productId].sort() });

      const { suspendVendor } = await env.as.manager.data<{ suspendVendor: { status: string; suspensionReason: string } }>(SUSPEND, { id: vendor.sellerId, reason: 'Counterfeit parts reported.' });
      expect(suspendVendor).toEqual({ status: 'SUSPENDED', suspensionReason: 'Counterfeit parts reported.' });
      expect((await events('vendor.suspended', vendor.sellerId))[0].payload).toEqual({ reason: 'Counterfeit parts reported.', productsHidden: 2 });

      for (const client of [env.visitor(), shopper, env.as.consumer]) expect(await visible(client)).toEqual({ product: null, listed: [] });
      expect(firstError(await shopper.request(`mutation($v: ID!) { addToCart(variantId: $v) { items { quantity } } }`, { v: goods.variantId }))).toMatchObject({ code: 'NOT_FOUND', field: 'variantId' });
      const checkout = await shopperWithCart.request(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
      // The cart's line is no longer for sale, and checkout says so (not "out of stock").
      expect(firstError(checkout)).toMatchObject({ code: 'NOT_FOR_SALE', field: 'cart' });
      expect(await env.dataSource.query(`SELECT 1 FROM order_line WHERE variant_id = $1`, [goods.variantId])).toHaveLength(0);
      // Its page is gone for everyone else; its own people and brand managers still see it.
      expect(firstError(await env.visitor().request(VENDOR, { slug: vendorSlug })).code).toBe('NOT_FOUND');
      expect(firstError(await env.as.vendor.request(VENDOR, { slug: vendorSlug })).code).toBe('NOT_FOUND');
      expect((await vendor.client.data<{ vendor: { status: string } }>(VENDOR, { slug: vendorSlug })).vendor.status).toBe('SUSPENDED');
      expect((await env.as.manager.data<{ vendor: { status: string } }>(VENDOR, { slug: vendorSlug })).vendor.status).toBe('SUSPENDED');
      const { vendors } = await env.visitor().data<{ vendors: { nodes: { slug: string }[] } }>(`{ vendors(first: 50) { nodes { slug } } }`);
      expect(vendors.nodes.map((v) => v.slug)).not.toContain(vendorSlug);
      expect(firstError(await env.as.manager.request(SUSPEND, { id: vendor.sellerId, reason: 'Again' }))).toMatchObject({ code: 'CONFLICT', field: 'vendorId' });

      expect((await env.as.manager.data<{ reinstateVendor: { status: string } }>(REINSTATE, { id: vendor.sellerId })).reinstateVendor.status).toBe('ACTIVE');
      expect((await events('vendor.reinstated', vendor.sellerId))[0].payload).toEqual({ productsShown: 2 });
      expect(await visible(env.visitor())).toEqual({ product: { id: goods.productId, vendor: { id: vendor.sellerId } }, listed: [goods.productId, second.productId].sort() });
      await shopper.data(`mutation($v: ID!) { addToCart(variantId: $v) { items { quantity } } }`, { v: goods.variantId });
      const { checkout: placed } = await shopperWithCart.data<{ checkout: { order: { status: string } } }>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
      expect(placed.order.status).toBe('PAID');
      expect(firstError(await env.as.manager.request(REINSTATE, { id: vendor.sellerId }))).toMatchObject({ code: 'CONFLICT', field: 'vendorId' });
    });

    it('needs a reason', async () => {
      const vendor = await createVendor(env);
      expect(firstError(await env.as.manager.request(SUSPEND, { id: vendor.sellerId, reason: '' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    });
  });

  describe('teams', () => {
    const TEAM = `query($id: ID!) { vendorTeam(vendorId: $id) { accountId displayName role } }`;
    const INVITE = `mutation($id: ID!, $email: String!) { inviteVendorStaff(vendorId: $id, email: $email) { accountId role } }`;
    const REMOVE = `mutation($id: ID!, $account: ID!) { removeVendorStaff(vendorId: $id, accountId: $account) { accountId role } }`;

    it('an owner invites an existing member as staff (who gets VENDOR and acts for the vendor) and removes them', async () => {
      const vendor = await createVendor(env);
      const staff = await createAccount(env, 'staff');
      const [{ email }] = await env.dataSource.query(`SELECT email FROM account WHERE id = $1`, [staff.accountId]);
      const { inviteVendorStaff } = await vendor.client.data<{ inviteVendorStaff: { accountId: string; role: string }[] }>(INVITE, { id: vendor.sellerId, email: email.toUpperCase() });
      expect(inviteVendorStaff).toEqual(expect.arrayContaining([{ accountId: vendor.accountId, role: 'OWNER' }, { accountId: staff.accountId, role: 'STAFF' }]));
      expect(await env.dataSource.query(`SELECT granted_by_id FROM account_role WHERE account_id = $1 AND role = 'VENDOR'`, [staff.accountId])).toEqual([{ granted_by_id: vendor.accountId }]);
      // Staff read the team but do not change it.
      expect((await staff.client.data<{ vendorTeam: unknown[] }>(TEAM, { id: vendor.sellerId })).vendorTeam).toHaveLength(2);
      expect(firstError(await staff.client.request(REMOVE, { id: vendor.sellerId, account: staff.accountId })).code).toBe('NOT_FOUND');

      expect(firstError(await vendor.client.request(INVITE, { id: vendor.sellerId, email }))).toMatchObject({ code: 'CONFLICT', field: 'email' });
      expect(firstError(await vendor.client.request(INVITE, { id: vendor.sellerId, email: 'nobody-here@riders.example' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(firstError(await vendor.client.request(REMOVE, { id: vendor.sellerId, account: vendor.accountId }))).toMatchObject({ code: 'CONFLICT', field: 'accountId' });

      const { removeVendorStaff } = await vendor.client.data<{ removeVendorStaff: { accountId: string }[] }>(REMOVE, { id: vendor.sellerId, account: staff.accountId });
      expect(removeVendorStaff.map((m) => m.accountId)).toEqual([vendor.accountId]);
      expect(firstError(await staff.client.request(TEAM, { id: vendor.sellerId })).code).toBe('NOT_FOUND');
      expect(firstError(await vendor.client.request(REMOVE, { id: vendor.sellerId, account: staff.accountId }))).toMatchObject({ code: 'NOT_FOUND', field: 'accountId' });
    });
  });

  it('loads Product.vendor for a page of products in one statement', async () => {
    const sellers = [await createVendor(env), await createVendor(env), await createVendor(env)];
    for (const seller of sellers) await listApproved(env, seller, { categorySlug: 'tools' });
    env.queries.length = 0;
    const { products } = await env.visitor().data<{ products: { nodes: { sellerKind: string; vendor: { id: string } | null }[] } }>(
      `{ products(filter: { categorySlug: "tools" }, first: 50) { nodes { sellerKind vendor { id name } } } }`,
    );
    const vendorIds = products.nodes.filter((p) => p.sellerKind === 'VENDOR').map((p) => p.vendor?.id);
    expect(vendorIds).toEqual(expect.arrayContaining(sellers.map((s) => s.sellerId)));
    expect(products.nodes.filter((p) => p.sellerKind === 'BRAND').every((p) => p.vendor === null)).toBe(true);
    expect(env.queries.filter((sql) => /FROM "vendor"/.test(sql))).toHaveLength(1);
  });

  it('the demo: both vendors approved by Maya with pages, and Chloe waiting in the queue', async () => {
    const rows = await env.dataSource.query(
      `SELECT v.name, v.slug, v.status, a.status AS application, d.email AS decided_by FROM vendor v
        JOIN vendor_application a ON a.vendor_id = v.organisation_id JOIN account d ON d.id = a.decided_by
        WHERE v.name IN ('VeloFit Studio', 'Spoke & Wrench Workshop') ORDER BY v.name`,
    );
    expect(rows).toEqual([
      { name: 'Spoke & Wrench Workshop', slug: 'spoke-wrench-workshop', status: 'ACTIVE', application: 'APPROVED', decided_by: 'manager@ridgeline.example' },
      { name: 'VeloFit Studio', slug: 'velofit-studio', status: 'ACTIVE', application: 'APPROVED', decided_by: 'manager@ridgeline.example' },
    ]);
    const [{ n }] = await env.dataSource.query(
      `SELECT count(*)::int AS n FROM vendor_application a JOIN account c ON c.id = a.applicant_id WHERE c.email = 'chloe@riders.example' AND a.status = 'SUBMITTED'`,
    );
    expect(n).toBe(1);

    // Seeding again adds nothing.
    const counts = async () => [await env.count('vendor'), await env.count('vendor_application')];
    const before = await counts();
    await env.app.get(DemoDataService).seed();
    expect(await counts()).toEqual(before);
  });
});
