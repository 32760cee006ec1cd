import { OrganisationKind, OrganisationService } from '@flagship/accounts';
import { OrganisationRole } from '@flagship/api-core';
import { createShoppers } from '../support/shop-fixtures';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

/** Who belongs to which organisation is recorded as it changes, like roles are. */
describe('organisation memberships as events', () => {
  let env: TestEnvironment;
  let organisations: OrganisationService;
  let velofitId: string;

  beforeAll(async () => {
    env = await createTestEnvironment();
    organisations = env.app.get(OrganisationService);
    velofitId = (await organisations.findByName(OrganisationKind.VENDOR, 'VeloFit Studio'))!.id;
  });
  afterAll(() => env.close());

  const accountId = async (email: string) => (await env.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]))[0].id as string;
  const eventsOf = (subjectId: string) =>
    env.dataSource.query(`SELECT type, actor_id, payload FROM platform_event WHERE subject_type = 'organisation' AND type LIKE 'organisation.%' AND subject_id = $1 ORDER BY id`, [subjectId]);
  const newMember = async () => {
    const [client] = await createShoppers(env, 1, []);
    return (await client.data<{ me: { id: string } }>(`{ me { id } }`)).me.id;
  };

  it('records the demo vendors’ creation and first owners, done by the platform', async () => {
    expect(await eventsOf(velofitId)).toEqual([
      { type: 'organisation.created', actor_id: null, payload: { kind: 'VENDOR' } },
      { type: 'organisation.member_added', actor_id: null, payload: { accountId: await accountId('fitting@velofit.example'), role: 'OWNER' } },
    ]);
  });

  it('records each member added, changed and removed, with who did it, and nothing for a change that changes nothing', async () => {
    const ownerId = await accountId('fitting@velofit.example');
    const memberId = await newMember();
    const before = (await eventsOf(velofitId)).length;

    await organisations.setMember(ownerId, velofitId, memberId, OrganisationRole.STAFF);
    await organisations.setMember(ownerId, velofitId, memberId, OrganisationRole.STAFF);
    await organisations.setMember(ownerId, velofitId, memberId, OrganisationRole.OWNER);
    await organisations.removeMember(null, velofitId, memberId);
    await organisations.removeMember(null, velofitId, memberId);

    expect((await eventsOf(velofitId)).slice(before)).toEqual([
      { type: 'organisation.member_added', actor_id: ownerId, payload: { accountId: memberId, role: 'STAFF' } },
      { type: 'organisation.member_role_changed', actor_id: ownerId, payload: { accountId: memberId, role: 'OWNER', previousRole: 'STAFF' } },
      { type: 'organisation.member_removed', actor_id: null, payload: { accountId: memberId, role: 'OWNER' } },
    ]);
  });

  it('records nothing when a change is refused (the last owner stays)', async () => {
    const ownerId = await accountId('fitting@velofit.example');
    const before = (await eventsOf(velofitId)).length;
    await expect(organisations.removeMember(ownerId, velofitId, ownerId)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await eventsOf(velofitId)).toHaveLength(before);
  });

  it('creates an organisation with its first owner and both events in one go', async () => {
    const ownerId = await newMember();
    const managerId = await accountId('manager@ridgeline.example');
    const { id } = await organisations.create(managerId, { kind: OrganisationKind.VENDOR, name: 'Gravel Bags Co.', ownerAccountId: ownerId });
    expect(await eventsOf(id)).toEqual([
      { type: 'organisation.created', actor_id: managerId, payload: { kind: 'VENDOR' } },
      { type: 'organisation.member_added', actor_id: managerId, payload: { accountId: ownerId, role: 'OWNER' } },
    ]);
  });
});
