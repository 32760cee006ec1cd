import { useMyProfile } from '../hooks/use-profiles';

const ORGANISATION_ROLES = { OWNER: 'owner', STAFF: 'staff' } as const;

/** The organisations (vendors) the signed-in member belongs to, and their role in each. */
export function MyOrganisations() {
  const memberships = useMyProfile().data?.me?.memberships ?? [];
  if (memberships.length === 0) return null;
  return (
    <p data-testid="account-organisations">
      <strong>Organisations:</strong> {memberships.map((m) => `${m.organisation.name} (${ORGANISATION_ROLES[m.role]})`).join(', ')}
    </p>
  );
}
