import { usePageTitle } from '@/lib/page-title';
import { roleLabel } from '@/lib/session/roles';
import { useViewer } from '@/lib/session/session';

/** The signed-in member's own details (the route guard keeps visitors out). */
export function AccountPage() {
  usePageTitle('Your account');
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <section className="account" aria-labelledby="account-title">
      <h1 id="account-title">Hello, {viewer.displayName}</h1>
      <dl className="account-details">
        <dt>Email</dt>
        <dd>{viewer.email}</dd>
        <dt>Role</dt>
        <dd data-testid="account-role">{roleLabel(viewer)}</dd>
        <dt>Member since</dt>
        <dd>{new Date(viewer.createdAt).toLocaleDateString()}</dd>
      </dl>
    </section>
  );
}
