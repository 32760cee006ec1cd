import { Module } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrganisationKind, OrganisationService } from '@flagship/accounts';
import {
  Authenticated,
  CurrentViewer,
  Guards,
  IdArg,
  OrganisationRole,
  Role,
  anyOf,
  definePolicy,
  holdsRole,
  isAccount,
  memberOf,
  type Viewer,
} from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { GraphQLTestClient, firstError } from '@flagship/testing';
import { CHECKOUT, checkoutInput, standardShippingId, variantIdBySku, type CheckoutData } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/*
 * Resources no domain has yet, defined here and served by the real platform, to prove the rules the
 * marketplace and the community will use: a vendor's listing (its staff edit it, other vendors cannot)
 * and a community post (its author edits it, a moderator hides any).
 */

interface TestListing {
  id: string;
  vendorId: string;
  title: string;
}

interface TestPost {
  id: string;
  authorId: string;
  body: string;
}

const TestListingPolicy = definePolicy('test_listing', {
  noun: 'Listing',
  refuseAs: 'NOT_FOUND',
  rules: {
    update: anyOf(memberOf((listing: TestListing) => listing.vendorId), holdsRole(Role.BRAND_MANAGER)),
    withdraw: memberOf((listing: TestListing) => listing.vendorId, [OrganisationRole.OWNER]),
  },
});

const TestPostPolicy = definePolicy('test_post', {
  noun: 'Post',
  refuseAs: 'FORBIDDEN',
  rules: {
    edit: isAccount((post: TestPost) => post.authorId, 'its author'),
    hide: holdsRole(Role.MODERATOR, Role.BRAND_MANAGER),
  },
});

@Resolver()
class TestResourcesResolver {
  constructor(private readonly connection: TransactionalConnection) {}

  @Authenticated()
  @Guards(TestListingPolicy, 'update')
  @Mutation(() => String)
  async renameTestListing(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('title') title: string): Promise<string> {
    TestListingPolicy.authorize(viewer, 'update', await this.listing(id));
    await this.connection.query(`UPDATE test_listing SET title = $2 WHERE id = $1`, [id, title]);
    return title;
  }

  @Authenticated()
  @Guards(TestListingPolicy, 'withdraw')
  @Mutation(() => Boolean)
  async withdrawTestListing(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string): Promise<boolean> {
    TestListingPolicy.authorize(viewer, 'withdraw', await this.listing(id));
    await this.connection.query(`DELETE FROM test_listing WHERE id = $1`, [id]);
    return true;
  }

  /** The listings the viewer may edit: one statement, then the rule on each row, no lookup per row. */
  @Authenticated()
  @Query(() => [String])
  async editableTestListings(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    const rows = await this.connection.query<TestListing>(`SELECT id, vendor_id AS "vendorId", title FROM test_listing ORDER BY title`);
    return TestListingPolicy.filter(viewer, 'update', rows).map((listing) => listing.title);
  }

  @Authenticated()
  @Guards(TestPostPolicy, 'edit')
  @Mutation(() => String)
  async editTestPost(@CurrentViewer() viewer: Viewer, @IdArg('id') id: string, @Args('body') body: string): Promise<string> {
    const [post] = await this.connection.query<TestPost>(`SELECT id, author_id AS "authorId", body FROM test_post WHERE id = $1`, [id]);
    TestPostPolicy.authorize(viewer, 'edit', post ?? null);
    await this.connection.query(`UPDATE test_post SET body = $2 WHERE id = $1`, [id, body]);
    return body;
  }

  // `hide` needs only the viewer's roles: the guard checks it before this runs.
  @Authenticated()
  @Guards(TestPostPolicy, 'hide')
  @Mutation(() => Boolean)
  async hideTestPost(@IdArg('id') id: string): Promise<boolean> {
    await this.connection.query(`UPDATE test_post SET hidden = true WHERE id = $1`, [id]);
    return true;
  }

  private async listing(id: string): Promise<TestListing | null> {
    const [row] = await this.connection.query<TestListing>(`SELECT id, vendor_id AS "vendorId", title FROM test_listing WHERE id = $1`, [id]);
    return row ?? null;
  }
}

@Module({ providers: [TestResourcesResolver] })
class TestResourcesModule {}

const RENAME = `mutation($id: ID!, $title: String!) { renameTestListing(id: $id, title: $title) }`;
const WITHDRAW = `mutation($id: ID!) { withdrawTestListing(id: $id) }`;
const HIDE = `mutation($id: ID!) { hideTestPost(id: $id) }`;
const EDIT = `mutation($id: ID!, $body: String!) { editTestPost(id: $id, body: $body) }`;
const GRANT = `mutation($id: ID!, $role: Role!) { grantRole(accountId: $id, role: $role) { roles } }`;
const REVOKE = `mutation($id: ID!, $role: Role!) { revokeRole(accountId: $id, role: $role) { roles } }`;

describe('resource rules on resources no domain has yet', () => {
  let env: TestEnvironment;
  let organisations: OrganisationService;
  let velofitId: string;
  let spokeId: string;
  let staff: GraphQLTestClient;
  let staffId: string;

  const accountId = async (email: string) => (await env.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]))[0].id as string;
  const titleOf = async (id: string) => (await env.dataSource.query(`SELECT title FROM test_listing WHERE id = $1`, [id]))[0]?.title as string | undefined;
  const listing = async (vendorId: string, title: string) =>
    (await env.dataSource.query(`INSERT INTO test_listing (vendor_id, title) VALUES ($1, $2) RETURNING id`, [vendorId, title]))[0].id as string;
  const post = async (authorEmail: string) =>
    (await env.dataSource.query(`INSERT INTO test_post (author_id, body) VALUES ($1, 'First ride of the year') RETURNING id`, [await accountId(authorEmail)]))[0].id as string;

  beforeAll(async () => {
    env = await createTestEnvironment({}, { extraModules: [TestResourcesModule] });
    await env.dataSource.query(`CREATE TABLE test_listing (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), vendor_id uuid NOT NULL, title text NOT NULL)`);
    await env.dataSource.query(`CREATE TABLE test_post (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), author_id uuid NOT NULL, body text NOT NULL, hidden boolean NOT NULL DEFAULT false)`);
    organisations = env.app.get(OrganisationService);
    velofitId = (await organisations.findByName(OrganisationKind.VENDOR, 'VeloFit Studio'))!.id;
    spokeId = (await organisations.findByName(OrganisationKind.VENDOR, 'Spoke & Wrench Workshop'))!.id;

    // A fitter who works for VeloFit Studio: a consumer like any other, plus a membership and the
    // VENDOR role (a vendor membership counts only with it).
    staff = env.visitor();
    const signedUp = await staff.data<{ signUp: { account: { id: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { account { id } } }`, {
      input: { email: 'sam@velofit.example', password: 'saddle-height-72', displayName: 'Sam Fitter' },
    });
    staffId = signedUp.signUp.account.id;
    await organisations.setMember(null, velofitId, staffId, OrganisationRole.STAFF);
    await env.as.manager.data(GRANT, { id: staffId, role: 'VENDOR' });
  });
  afterAll(() => env.close());

  it("lets a vendor's staff member edit their vendor's listing and refuses another vendor's as NOT_FOUND", async () => {
    const own = await listing(velofitId, 'Bike fit, 90 minutes');
    const other = await listing(spokeId, 'Wheel truing');

    expect(await staff.data(RENAME, { id: own, title: 'Bike fit, 2 hours' })).toEqual({ renameTestListing: 'Bike fit, 2 hours' });
    expect(firstError(await staff.request(RENAME, { id: other, title: 'Sabotaged' })).code).toBe('NOT_FOUND');
    expect(await titleOf(own)).toBe('Bike fit, 2 hours');
    expect(await titleOf(other)).toBe('Wheel truing');

    // The same for owners (VeloFit's owner is the demo vendor login), and brand managers edit any.
    expect(firstError(await env.as.vendor.request(RENAME, { id: other, title: 'Sabotaged' })).code).toBe('NOT_FOUND');
    expect(await env.as.vendor.data(RENAME, { id: own, title: 'Bike fit' })).toEqual({ renameTestListing: 'Bike fit' });
    expect(await env.as.manager.data(RENAME, { id: other, title: 'Wheel truing and tension' })).toEqual({ renameTestListing: 'Wheel truing and tension' });
    expect(firstError(await env.as.consumer.request(RENAME, { id: own, title: 'Mine now' })).code).toBe('NOT_FOUND');
    expect(firstError(await env.visitor().request(RENAME, { id: own, title: 'Mine now' })).code).toBe('UNAUTHENTICATED');
  });

  it("tells the organisation's owners from its staff where a rule says so", async () => {
    const own = await listing(velofitId, 'Old fit package');
    expect(firstError(await staff.request(WITHDRAW, { id: own })).code).toBe('NOT_FOUND');
    expect(await titleOf(own)).toBe('Old fit package');
    expect(await env.as.vendor.data(WITHDRAW, { id: own })).toEqual({ withdrawTestListing: true });
    expect(await titleOf(own)).toBeUndefined();
  });

  it('filters a list by the rule with no lookup per item', async () => {
    await env.dataSource.query(`DELETE FROM test_listing`);
    for (let i = 0; i < 5; i++) await listing(i % 2 === 0 ? velofitId : spokeId, `Listing ${i}`);

    env.queries.length = 0;
    const { editableTestListings } = await staff.data<{ editableTestListings: string[] }>(`{ editableTestListings }`);

    expect(editableTestListings).toEqual(['Listing 0', 'Listing 2', 'Listing 4']);
    // The session lookup (roles and memberships with it) and the list: nothing per listing.
    expect(env.queries.filter((sql) => /organisation_membership/.test(sql))).toHaveLength(1);
    expect(env.queries).toHaveLength(2);
  });

  it('stops a removed membership from working on the next request', async () => {
    const own = await listing(velofitId, 'Saddle consultation');
    const member = env.visitor();
    await member.data(`mutation($input: SignUpInput!) { signUp(input: $input) { account { id } } }`, {
      input: { email: 'temp@velofit.example', password: 'cleat-position-3', displayName: 'Temp Fitter' },
    });
    const memberId = await accountId('temp@velofit.example');
    await organisations.setMember(null, velofitId, memberId, OrganisationRole.STAFF);
    await env.as.manager.data(GRANT, { id: memberId, role: 'VENDOR' });
    expect(await member.data(RENAME, { id: own, title: 'Saddle consultation, 30 min' })).toEqual({ renameTestListing: 'Saddle consultation, 30 min' });

    await organisations.removeMember(null, velofitId, memberId);

    expect(firstError(await member.request(RENAME, { id: own, title: 'Still here?' })).code).toBe('NOT_FOUND');
    expect(await titleOf(own)).toBe('Saddle consultation, 30 min');
  });

  it('stops counting every vendor membership of an account whose VENDOR role is removed, from its next request, until granted again', async () => {
    const own = await listing(velofitId, 'Cleat fitting');
    const badges = async () => (await env.visitor().data<{ member: { badges: { label: string }[] } }>(`query($id: ID!) { member(id: $id) { badges { label } } }`, { id: staffId })).member.badges;
    expect(await staff.data(RENAME, { id: own, title: 'Cleat fitting, 45 min' })).toEqual({ renameTestListing: 'Cleat fitting, 45 min' });
    expect(await badges()).toEqual([{ label: 'VeloFit Studio' }]);

    await env.as.manager.data(REVOKE, { id: staffId, role: 'VENDOR' });

    // The same session, its next request: the membership is still there but no longer counts.
    expect(firstError(await staff.request(RENAME, { id: own, title: 'Still mine?' })).code).toBe('NOT_FOUND');
    expect(await badges()).toEqual([]);
    expect(await staff.data(`{ me { memberships { role } } }`)).toEqual({ me: { memberships: [] } });
    expect(await titleOf(own)).toBe('Cleat fitting, 45 min');
    // An owner re-adding them changes nothing: the brand manager's decision stands.
    await organisations.setMember(null, velofitId, staffId, OrganisationRole.STAFF);
    expect(firstError(await staff.request(RENAME, { id: own, title: 'Still mine?' })).code).toBe('NOT_FOUND');

    await env.as.manager.data(GRANT, { id: staffId, role: 'VENDOR' });
    expect(await staff.data(RENAME, { id: own, title: 'Cleat fitting' })).toEqual({ renameTestListing: 'Cleat fitting' });
    expect(await badges()).toEqual([{ label: 'VeloFit Studio' }]);
  });

  it('keeps an organisation owned: its last owner can neither leave nor become staff', async () => {
    const ownerId = await accountId('fitting@velofit.example');
    await expect(organisations.removeMember(null, velofitId, ownerId)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(organisations.setMember(null, velofitId, ownerId, OrganisationRole.STAFF)).rejects.toMatchObject({ code: 'CONFLICT' });
    // With a second owner, the first may step down.
    await organisations.setMember(null, velofitId, staffId, OrganisationRole.OWNER);
    await organisations.setMember(null, velofitId, ownerId, OrganisationRole.STAFF);
    await organisations.setMember(null, velofitId, ownerId, OrganisationRole.OWNER);
    await organisations.setMember(null, velofitId, staffId, OrganisationRole.STAFF);
  });

  it('lets the author edit their own post, and nobody else, not even a moderator', async () => {
    const id = await post('ben@riders.example');
    const ben = env.visitor();
    await ben.data(`mutation { logIn(input: { email: "ben@riders.example", password: "ridgeline-demo" }) { account { id } } }`);

    expect(await ben.data(EDIT, { id, body: 'First ride of the year, in the rain' })).toEqual({ editTestPost: 'First ride of the year, in the rain' });
    expect(firstError(await env.as.consumer.request(EDIT, { id, body: 'Hijacked' })).code).toBe('FORBIDDEN');
    expect(firstError(await env.as.manager.request(EDIT, { id, body: 'Hijacked' })).code).toBe('FORBIDDEN');
  });

  it('lets a consumer granted MODERATOR hide any post, keep shopping, and lose it on the next request once removed', async () => {
    const id = await post('ben@riders.example');
    const ana = env.as.consumer; // signed in before any of this: the same session throughout
    const anaId = await accountId('ana@riders.example');

    expect(firstError(await ana.request(HIDE, { id })).code).toBe('FORBIDDEN');

    expect(await env.as.manager.data(GRANT, { id: anaId, role: 'MODERATOR' })).toEqual({ grantRole: { roles: ['CONSUMER', 'MODERATOR'] } });
    expect(await ana.data(HIDE, { id })).toEqual({ hideTestPost: true });
    expect((await env.dataSource.query(`SELECT hidden FROM test_post WHERE id = $1`, [id]))[0].hidden).toBe(true);

    // Still a shopper: she fills her cart and checks out as before.
    await ana.data(`mutation($id: ID!) { addToCart(variantId: $id) { itemCount } }`, { id: await variantIdBySku(env, 'RIDGELINE-CHAIN-12-1') });
    const { checkout } = await ana.data<CheckoutData>(CHECKOUT, { input: checkoutInput(await standardShippingId(env)) });
    expect(checkout.order.status).toBe('PAID');
    expect(await ana.data(`{ me { roles } }`)).toEqual({ me: { roles: ['CONSUMER', 'MODERATOR'] } });
    // A moderator is not a brand manager.
    expect(firstError(await ana.request(`{ accounts { id } }`)).code).toBe('FORBIDDEN');

    await env.as.manager.data(REVOKE, { id: anaId, role: 'MODERATOR' });

    expect(firstError(await ana.request(HIDE, { id: await post('chloe@riders.example') })).code).toBe('FORBIDDEN');
    expect(await ana.data(`{ me { roles } }`)).toEqual({ me: { roles: ['CONSUMER'] } });
  });
});
