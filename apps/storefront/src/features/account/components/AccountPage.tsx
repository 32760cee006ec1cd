import type { ReactNode } from 'react';
import { usePageTitle } from '@/lib/page-title';
import { rolesLabel } from '@/lib/session/roles';
import { useViewer } from '@/lib/session/session';

/**
 * The signed-in member's own details (the route guard keeps visitors out). `children` is what other
 * features add below them (the public profile editor).
 */
export function AccountPage({ children }: { children?: ReactNode }) {
  usePageTitle('Your account');
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <section className="account" aria-labelledby="account-title">
      <h1 id="account-title">Hello, {viewer.displayName}</h1>
      <dl className="account-details">
        <dt>Email</dt>
        <dd>{viewer.email}</dd>
        <dt>Roles</dt>
        <dd data-testid="account-role">{rolesLabel(viewer.roles)}</dd>
        <dt>Member since</dt>
        <dd>{new Date(viewer.createdAt).toLocaleDateString()}</dd>
      </dl>
      {children}
    </section>
  );
}
