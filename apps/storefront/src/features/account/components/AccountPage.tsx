import { Navigate } from 'react-router';
import { ROLE_LABELS } from '../../auth/roles';
import { useViewer } from '../../auth/hooks/use-session';

export function AccountPage() {
  const { viewer, isLoading } = useViewer();
  if (isLoading) return <p aria-live="polite">Loading your account…</p>;
  if (!viewer) return <Navigate to="/log-in" replace />;
  return (
    <section className="account" aria-labelledby="account-title">
      <h1 id="account-title">Hello, {viewer.displayName}</h1>
      <dl className="account-details">
        <dt>Email</dt>
        <dd>{viewer.email}</dd>
        <dt>Role</dt>
        <dd data-testid="account-role">{ROLE_LABELS[viewer.role]}</dd>
        <dt>Member since</dt>
        <dd>{new Date(viewer.createdAt).toLocaleDateString()}</dd>
      </dl>
    </section>
  );
}
