import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '@/lib/page-title';
import { rolesLabel } from '@/lib/session/roles';
import { useViewer } from '@/lib/session/session';
import './account.css';

/**
 * The signed-in member's own details (the route guard keeps visitors out). `children` is what other
 * features add beside them (the public profile editor).
 */
export function AccountPage({ children }: { children?: ReactNode }) {
  usePageTitle('Your account');
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <section className="account" aria-labelledby="account-title">
      <div className="page-header">
        <div>
          <p className="eyebrow">Your account</p>
          <h1 id="account-title">Hello, {viewer.displayName}</h1>
        </div>
      </div>
      <div className="account-layout">
        <div className="panel account-summary">
          <dl className="account-details">
            <dt>Email</dt>
            <dd>{viewer.email}</dd>
            <dt>Roles</dt>
            <dd data-testid="account-role">{rolesLabel(viewer.roles)}</dd>
            <dt>Member since</dt>
            <dd>{new Date(viewer.createdAt).toLocaleDateString()}</dd>
          </dl>
          <p className="account-links">
            <Link to="/orders">Your orders</Link>
            <Link to="/account/collections">Saved collections</Link>
            <Link to={`/members/${viewer.id}`}>Your public profile</Link>
          </p>
        </div>
        <div className="account-more">{children}</div>
      </div>
    </section>
  );
}
