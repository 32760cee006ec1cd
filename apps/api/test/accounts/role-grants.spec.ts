import { GraphQLTestClient, firstError } from '@flagship/testing';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const GRANT = `mutation($id: ID!, $role: Role!) { grantRole(accountId: $id, role: $role) { id roles } }`;
const REVOKE = `mutation($id: ID!, $role: Role!) { revokeRole(accountId: $id, role: $role) { id roles } }`;
const GRANT_BADGE = `mutation($id: ID!) { grantBadge(accountId: $id, badge: EXPERT) { member { badges { kind label } } } }`;
const REVOKE_BADGE = `mutation($id: ID!) { revokeBadge(accountId: $id, badge: EXPERT) { member { badges { kind label } } } }`;
const BADGES = `query($id: ID!) { member(id: $id) { badges { kind label } } }`;

describe('granting and removing roles and badges', () => {
  let env: TestEnvironment;
  let run = 0;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  const accountId = async (email: string) => (await env.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]))[0].id as string;
  const events = (type: string, subjectId: string) =>
    env.dataSource.query(`SELECT actor_id, payload FROM platform_event WHERE type = $1 AND subject_id = $2 ORDER BY id`, [type, subjectId]);

  /** A new member, signed in. */
  async function member(name: string): Promise<{ client: GraphQLTestClient; id: string }> {
    const client = env.visitor();
    const { signUp } = await client.data<{ signUp: { account: { id: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { account { id } } }`, {
      input: { email: `member-${++run}@riders.example`, password: 'long-climbs-ahead', displayName: name },
    });
    return { client, id: signUp.account.id };
  }

  it('lets a brand manager grant a role, once, recorded as an event; the member holds it on their next request', async () => {
    const { client, id } = await member('Vera Vendor');
    const managerId = await accountId('manager@ridgeline.example');

    expect(await env.as.manager.data(GRANT, { id, role: 'VENDOR' })).toEqual({ grantRole: { id, roles: ['CONSUMER', 'VENDOR'] } });
    expect(await env.as.manager.data(GRANT, { id, role: 'VENDOR' })).toEqual({ grantRole: { id, roles: ['CONSUMER', 'VENDOR'] } });

    expect(await client.data(`{ me { roles } }`)).toEqual({ me: { roles: ['CONSUMER', 'VENDOR'] } });
    expect(await events('account.role_granted', id)).toEqual([{ actor_id: managerId, payload: { role: 'VENDOR' } }]);
  });

  it('removes a role, recorded as an event; it stops working on the next request', async () => {
    const { client, id } = await member('Bram Deputy');
    await env.as.manager.data(GRANT, { id, role: 'BRAND_MANAGER' });
    expect(await client.data(`{ accounts(role: BRAND_MANAGER) { id } }`)).toMatchObject({ accounts: expect.arrayContaining([{ id }]) });

    expect(await env.as.manager.data(REVOKE, { id, role: 'BRAND_MANAGER' })).toEqual({ revokeRole: { id, roles: ['CONSUMER'] } });

    // The same session, the very next request: the role is gone.
    expect(firstError(await client.request(`{ accounts { id } }`)).code).toBe('FORBIDDEN');
    expect(await events('account.role_revoked', id)).toEqual([{ actor_id: await accountId('manager@ridgeline.example'), payload: { role: 'BRAND_MANAGER' } }]);
    // Removing a role not held changes nothing and records nothing.
    await env.as.manager.data(REVOKE, { id, role: 'BRAND_MANAGER' });
    expect(await events('account.role_revoked', id)).toHaveLength(1);
  });

  it('answers `me { roles }` from the roles the session lookup read, with no second query', async () => {
    env.queries.length = 0;
    expect(await env.as.manager.data(`{ me { roles } }`)).toEqual({ me: { roles: ['CONSUMER', 'BRAND_MANAGER'] } });
    // The session lookup reads the roles; nothing else does.
    expect(env.queries.filter((sql) => /account_role/.test(sql))).toHaveLength(1);
    expect(env.queries.filter((sql) => /account_role/.test(sql))[0]).toMatch(/FROM session s/);
    // Another account's roles (the manager's list) still come from the table.
    env.queries.length = 0;
    await env.as.manager.data(`{ accounts(role: VENDOR) { roles } }`);
    expect(env.queries.filter((sql) => /FROM "account_role"/.test(sql))).toHaveLength(1);
  });

  it('never removes CONSUMER, nor grants it: every member is one', async () => {
    const { id } = await member('Carla Consumer');
    expect(firstError(await env.as.manager.request(REVOKE, { id, role: 'CONSUMER' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect(firstError(await env.as.manager.request(GRANT, { id, role: 'CONSUMER' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });

  it('answers NOT_FOUND on accountId for an account that does not exist, and refuses everyone but brand managers', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect(firstError(await env.as.manager.request(GRANT, { id: nobody, role: 'MODERATOR' }))).toMatchObject({ code: 'NOT_FOUND', field: 'accountId' });
    const { client, id } = await member('Moe Moderator');
    await env.as.manager.data(GRANT, { id, role: 'MODERATOR' });
    // A moderator or vendor cannot hand out roles, not even to themselves.
    expect(firstError(await client.request(GRANT, { id, role: 'BRAND_MANAGER' })).code).toBe('FORBIDDEN');
    expect(firstError(await env.as.vendor.request(GRANT, { id, role: 'BRAND_MANAGER' })).code).toBe('FORBIDDEN');
    expect(firstError(await env.visitor().request(GRANT, { id, role: 'BRAND_MANAGER' })).code).toBe('UNAUTHENTICATED');
  });

  it('keeps the platform’s last brand manager: a manager may step down only while another remains', async () => {
    const mayaId = await accountId('manager@ridgeline.example');
    expect(firstError(await env.as.manager.request(REVOKE, { id: mayaId, role: 'BRAND_MANAGER' }))).toMatchObject({ code: 'CONFLICT', field: 'role' });

    const { client: deputy, id: deputyId } = await member('Dana Deputy');
    await env.as.manager.data(GRANT, { id: deputyId, role: 'BRAND_MANAGER' });
    // Now Maya may step down herself, and her next request is a consumer's.
    const maya = env.visitor();
    await maya.data(`mutation { logIn(input: { email: "manager@ridgeline.example", password: "ridgeline-demo" }) { account { id } } }`);
    expect(await maya.data(REVOKE, { id: mayaId, role: 'BRAND_MANAGER' })).toEqual({ revokeRole: { id: mayaId, roles: ['CONSUMER'] } });
    expect(firstError(await maya.request(`{ accounts { id } }`)).code).toBe('FORBIDDEN');
    // The deputy, the last one now, cannot.
    expect(firstError(await deputy.request(REVOKE, { id: deputyId, role: 'BRAND_MANAGER' })).code).toBe('CONFLICT');
    await deputy.data(GRANT, { id: mayaId, role: 'BRAND_MANAGER' });
    await maya.data(REVOKE, { id: deputyId, role: 'BRAND_MANAGER' });
  });

  it('never loses the last brand manager when two managers remove each other at the same moment', async () => {
    const mayaId = await accountId('manager@ridgeline.example');
    const { client: other, id: otherId } = await member('Otto Other');
    await env.as.manager.data(GRANT, { id: otherId, role: 'BRAND_MANAGER' });

    // Hold the brand managers' rows so both removals are past their checks and waiting together.
    const blocker = env.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`SELECT account_id FROM account_role WHERE role = 'BRAND_MANAGER' FOR UPDATE`);
    const removals = Promise.all([env.as.manager.request(REVOKE, { id: otherId, role: 'BRAND_MANAGER' }), other.request(REVOKE, { id: mayaId, role: 'BRAND_MANAGER' })]);
    const waiting = async () => (await env.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n;
    while ((await waiting()) < 2) await new Promise((resolve) => setTimeout(resolve, 20));
    await blocker.rollbackTransaction();
    await blocker.release();
    const [byMaya, byOther] = await removals;

    const outcomes = [byMaya, byOther].map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    expect(await env.dataSource.query(`SELECT count(*)::int AS n FROM account_role WHERE role = 'BRAND_MANAGER'`)).toEqual([{ n: 1 }]);
    // Put Maya back if she was the one removed (other tests sign in as her).
    const [{ account_id: remaining }] = await env.dataSource.query(`SELECT account_id FROM account_role WHERE role = 'BRAND_MANAGER'`);
    if (remaining !== mayaId) await other.data(GRANT, { id: mayaId, role: 'BRAND_MANAGER' });
  });

  it('shows the badges only the platform grants: brand staff, each vendor organisation, expert by a manager', async () => {
    expect(await env.visitor().data(BADGES, { id: await accountId('manager@ridgeline.example') })).toEqual({ member: { badges: [{ kind: 'BRAND_STAFF', label: 'Brand staff' }] } });
    expect(await env.visitor().data(BADGES, { id: await accountId('fitting@velofit.example') })).toEqual({ member: { badges: [{ kind: 'VENDOR', label: 'VeloFit Studio' }] } });
    expect(await env.visitor().data(BADGES, { id: await accountId('ben@riders.example') })).toEqual({ member: { badges: [] } });

    const { id } = await member('Erin Expert');
    expect(await env.as.manager.data(GRANT_BADGE, { id })).toEqual({ grantBadge: { member: { badges: [{ kind: 'EXPERT', label: 'Expert' }] } } });
    await env.as.manager.data(GRANT, { id, role: 'VENDOR' });
    expect(await env.visitor().data(BADGES, { id })).toEqual({ member: { badges: [{ kind: 'VENDOR', label: 'Vendor' }, { kind: 'EXPERT', label: 'Expert' }] } });
    expect(await events('account.badge_granted', id)).toEqual([{ actor_id: await accountId('manager@ridgeline.example'), payload: { badge: 'EXPERT' } }]);

    expect(await env.as.manager.data(REVOKE_BADGE, { id })).toEqual({ revokeBadge: { member: { badges: [{ kind: 'VENDOR', label: 'Vendor' }] } } });
    expect(await events('account.badge_revoked', id)).toHaveLength(1);
  });

  it('gives a member no way to choose a badge', async () => {
    const { client, id } = await member('Maya Brandt');
    expect(firstError(await client.request(GRANT_BADGE, { id })).code).toBe('FORBIDDEN');
    const chosen = await client.request(`mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }`, { input: { displayName: 'Maya Brandt', badges: ['BRAND_STAFF'] } });
    expect(firstError(chosen)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'badges' });
    expect(await env.visitor().data(BADGES, { id })).toEqual({ member: { badges: [] } });
  });
});
