import { Navigate } from 'react-router';
import { rolesLabel } from '../../auth/roles';
import { useViewer } from '../../auth/hooks/use-session';
import { EditProfileForm } from '../../profiles/components/EditProfileForm';
import { useMyProfile } from '../../profiles/hooks/use-profiles';

const ORGANISATION_ROLES = { OWNER: 'owner', STAFF: 'staff' } as const;

export function AccountPage() {
  const { viewer, isLoading } = useViewer();
  const mine = useMyProfile();
  if (isLoading) return <p aria-live="polite">Loading your account…</p>;
  if (!viewer) return <Navigate to="/log-in" replace />;
  const memberships = mine.data?.me?.memberships ?? [];
  return (
    <section className="account" aria-labelledby="account-title">
      <h1 id="account-title">Hello, {viewer.displayName}</h1>
      <dl className="account-details">
        <dt>Email</dt>
        <dd>{viewer.email}</dd>
        <dt>Roles</dt>
        <dd data-testid="account-role">{rolesLabel(viewer.roles)}</dd>
        {memberships.length > 0 && (
          <>
            <dt>Organisations</dt>
            <dd>{memberships.map((m) => `${m.organisation.name} (${ORGANISATION_ROLES[m.role]})`).join(', ')}</dd>
          </>
        )}
        <dt>Member since</dt>
        <dd>{new Date(viewer.createdAt).toLocaleDateString()}</dd>
      </dl>
      <EditProfileForm />
    </section>
  );
}
