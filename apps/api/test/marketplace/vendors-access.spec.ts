import { randomUUID } from 'node:crypto';
import { firstError, type GraphQLResult, type GraphQLTestClient } from '@flagship/testing';
import { createAccount, createVendor, type TestSeller } from '../support/marketplace-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/**
 * Who may use each vendors query and mutation (decision 0037), one test each: another vendor's people
 * reach nothing of this vendor (team, application, standing), members and vendors do not curate, and
 * what is refused changes nothing.
 */
describe('vendors: who may do what', () => {
  let env: TestEnvironment;
  let vendor: TestSeller;
  let other: TestSeller;
  let otherStaff: GraphQLTestClient;
  let partsId: string;

  const code = (result: GraphQLResult) => firstError(result).code;
  const application = () => ({
    businessName: `Applicant ${randomUUID().slice(0, 6)}`,
    description: 'Hand-built wheels for touring and gravel, trued by hand.',
    categoryIds: [partsId],
    serviceArea: 'Leipzig',
  });
  const APPLY = `mutation($input: ApplyAsVendorInput!) { applyAsVendor(input: $input) { id } }`;
  const submitted = async () => {
    const member = await createAccount(env, 'applicant');
    const { applyAsVendor } = await member.client.data<{ applyAsVendor: { id: string } }>(APPLY, { input: application() });
    return { ...member, id: applyAsVendor.id };
  };
  const statusOf = async (id: string) => (await env.dataSource.query(`SELECT status FROM vendor_application WHERE id = $1`, [id]))[0].status;
  const vendorStatus = async (id: string) => (await env.dataSource.query(`SELECT status FROM vendor WHERE organisation_id = $1`, [id]))[0].status;
  const teamSize = async (id: string) => (await env.dataSource.query(`SELECT count(*)::int AS n FROM organisation_membership WHERE organisation_id = $1`, [id]))[0].n;

  beforeAll(async () => {
    env = await createTestEnvironment();
    [{ id: partsId }] = await env.dataSource.query(`SELECT id FROM category WHERE slug = 'parts'`);
    vendor = await createVendor(env);
    other = await createVendor(env);
    // The other vendor's staff member.
    const staff = await createAccount(env, 'staff');
    const [{ email }] = await env.dataSource.query(`SELECT email FROM account WHERE id = $1`, [staff.accountId]);
    await other.client.data(`mutation($id: ID!, $email: String!) { inviteVendorStaff(vendorId: $id, email: $email) { role } }`, { id: other.sellerId, email });
    otherStaff = staff.client;
  });
  afterAll(() => env.close());

  it('applyAsVendor: signed-in members who own no vendor', async () => {
    expect(code(await env.visitor().request(APPLY, { input: application() }))).toBe('UNAUTHENTICATED');
    expect(code(await vendor.client.request(APPLY, { input: application() }))).toBe('FORBIDDEN');
    // Staff of a vendor may start their own.
    expect(code(await otherStaff.request(APPLY, { input: application() }))).toBeUndefined();
  });

  it('myVendorApplication: only ever your own', async () => {
    const applicant = await submitted();
    expect(code(await env.visitor().request(`{ myVendorApplication { id } }`))).toBe('UNAUTHENTICATED');
    expect(await other.client.data(`{ myVendorApplication { id } }`)).toEqual({ myVendorApplication: null });
    expect(await applicant.client.data(`{ myVendorApplication { id } }`)).toEqual({ myVendorApplication: { id: applicant.id } });
  });

  it('vendorApplications: brand managers only', async () => {
    await submitted();
    const QUEUE = `{ vendorApplications(status: SUBMITTED) { nodes { id businessName } } }`;
    for (const client of [env.as.consumer, vendor.client, otherStaff]) expect(code(await client.request(QUEUE))).toBe('FORBIDDEN');
    expect(code(await env.visitor().request(QUEUE))).toBe('UNAUTHENTICATED');
    expect(((await env.as.manager.data(QUEUE)) as { vendorApplications: { nodes: unknown[] } }).vendorApplications.nodes.length).toBeGreaterThan(0);
  });

  it('approveVendorApplication: brand managers only; the applicant cannot approve themself', async () => {
    const applicant = await submitted();
    const APPROVE = `mutation($id: ID!) { approveVendorApplication(id: $id) { status } }`;
    for (const client of [applicant.client, vendor.client, otherStaff]) expect(code(await client.request(APPROVE, { id: applicant.id }))).toBe('FORBIDDEN');
    expect(await statusOf(applicant.id)).toBe('SUBMITTED');
    expect(code(await env.as.manager.request(APPROVE, { id: randomUUID() }))).toBe('NOT_FOUND');
    expect(await env.as.manager.data(APPROVE, { id: applicant.id })).toEqual({ approveVendorApplication: { status: 'APPROVED' } });
  });

  it('rejectVendorApplication: brand managers only', async () => {
    const applicant = await submitted();
    const REJECT = `mutation($id: ID!) { rejectVendorApplication(id: $id, reason: "No") { status } }`;
    for (const client of [applicant.client, vendor.client, env.as.consumer]) expect(code(await client.request(REJECT, { id: applicant.id }))).toBe('FORBIDDEN');
    expect(await statusOf(applicant.id)).toBe('SUBMITTED');
    expect(await env.as.manager.data(REJECT, { id: applicant.id })).toEqual({ rejectVendorApplication: { status: 'REJECTED' } });
  });

  it('suspendVendor and reinstateVendor: brand managers only, not the vendor nor another vendor', async () => {
    const SUSPEND = `mutation($id: ID!) { suspendVendor(vendorId: $id, reason: "Checking reports") { status } }`;
    const REINSTATE = `mutation($id: ID!) { reinstateVendor(vendorId: $id) { status } }`;
    for (const client of [vendor.client, other.client, otherStaff, env.as.consumer]) expect(code(await client.request(SUSPEND, { id: vendor.sellerId }))).toBe('FORBIDDEN');
    expect(await vendorStatus(vendor.sellerId)).toBe('ACTIVE');
    expect(code(await env.as.manager.request(SUSPEND, { id: randomUUID() }))).toBe('NOT_FOUND');
    await env.as.manager.data(SUSPEND, { id: vendor.sellerId });
    for (const client of [vendor.client, other.client]) expect(code(await client.request(REINSTATE, { id: vendor.sellerId }))).toBe('FORBIDDEN');
    expect(await vendorStatus(vendor.sellerId)).toBe('SUSPENDED');
    expect(await env.as.manager.data(REINSTATE, { id: vendor.sellerId })).toEqual({ reinstateVendor: { status: 'ACTIVE' } });
  });

  it('manageVendors: brand managers only', async () => {
    const LIST = `{ manageVendors(first: 50) { nodes { id status } } }`;
    for (const client of [vendor.client, env.as.consumer]) expect(code(await client.request(LIST))).toBe('FORBIDDEN');
    const { manageVendors } = await env.as.manager.data<{ manageVendors: { nodes: { id: string; status: string }[] } }>(LIST);
    expect(manageVendors.nodes.find((n) => n.id === vendor.sellerId)?.status).toBe('ACTIVE');
  });

  it('vendorTeam: its own people only; another vendor’s owner and staff find nothing', async () => {
    const TEAM = `query($id: ID!) { vendorTeam(vendorId: $id) { accountId } }`;
    for (const client of [other.client, otherStaff, env.as.consumer, env.as.manager]) expect(code(await client.request(TEAM, { id: vendor.sellerId }))).toBe('NOT_FOUND');
    expect(code(await env.visitor().request(TEAM, { id: vendor.sellerId }))).toBe('UNAUTHENTICATED');
    expect(await vendor.client.data(TEAM, { id: vendor.sellerId })).toEqual({ vendorTeam: [{ accountId: vendor.accountId }] });
  });

  it('inviteVendorStaff and removeVendorStaff: its owners only', async () => {
    const newcomer = await createAccount(env, 'newcomer');
    const [{ email }] = await env.dataSource.query(`SELECT email FROM account WHERE id = $1`, [newcomer.accountId]);
    const INVITE = `mutation($id: ID!, $email: String!) { inviteVendorStaff(vendorId: $id, email: $email) { accountId } }`;
    const REMOVE = `mutation($id: ID!, $account: ID!) { removeVendorStaff(vendorId: $id, accountId: $account) { accountId } }`;
    for (const client of [other.client, otherStaff, env.as.manager]) {
      expect(code(await client.request(INVITE, { id: vendor.sellerId, email }))).toBe('NOT_FOUND');
      expect(code(await client.request(REMOVE, { id: vendor.sellerId, account: vendor.accountId }))).toBe('NOT_FOUND');
    }
    expect(await teamSize(vendor.sellerId)).toBe(1);
    expect(await env.dataSource.query(`SELECT 1 FROM account_role WHERE account_id = $1 AND role = 'VENDOR'`, [newcomer.accountId])).toHaveLength(0);
    await vendor.client.data(INVITE, { id: vendor.sellerId, email });
    expect(await teamSize(vendor.sellerId)).toBe(2);
  });

  it('vendors and vendor(slug): public pages; Product.vendor null for the brand’s products', async () => {
    const [{ slug }] = await env.dataSource.query(`SELECT slug FROM vendor WHERE organisation_id = $1`, [other.sellerId]);
    expect(await env.visitor().data(`query($slug: String!) { vendor(slug: $slug) { id status } }`, { slug })).toEqual({ vendor: { id: other.sellerId, status: null } });
    expect(await otherStaff.data(`query($slug: String!) { vendor(slug: $slug) { status } }`, { slug })).toEqual({ vendor: { status: 'ACTIVE' } });
    expect(await vendor.client.data(`query($slug: String!) { vendor(slug: $slug) { status } }`, { slug })).toEqual({ vendor: { status: null } });
    expect(await env.visitor().data(`{ product(slug: "ridgeline-chain-12") { vendor { id } } }`)).toEqual({ product: { vendor: null } });
    const { vendors } = await env.visitor().data<{ vendors: { nodes: { slug: string; categories: { slug: string }[] }[] } }>(`{ vendors(first: 50) { nodes { slug categories { slug } } } }`);
    expect(vendors.nodes.find((n) => n.slug === 'velofit-studio')?.categories.map((c) => c.slug).sort()).toEqual(['bikes', 'parts']);
  });
});
