import { Link, Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '@/gql/graphql';
import { usePageTitle } from '@/lib/page-title';
import { ROLE_LABELS, hasAnyRole } from '@/lib/session/roles';
import { useViewer } from '@/lib/session/session';
import { PageLoading } from './PageLoading';

/**
 * The route guard, declared once in the route table as the parent of the pages it keeps: visitors go
 * to log in (and come back here after), and with `roles`, a signed-in viewer holding none of them is
 * told the page is not for them. The API enforces the same rules; this spares a useless request.
 */
export function RequireViewer({ roles }: { roles?: readonly Role[] }) {
  const { viewer, isLoading } = useViewer();
  const location = useLocation();
  if (isLoading) return <PageLoading />;
  if (!viewer) return <Navigate to={`/log-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (roles && !hasAnyRole(viewer, roles)) return <NotForYou roles={roles} />;
  return <Outlet />;
}

function NotForYou({ roles }: { roles: readonly Role[] }) {
  usePageTitle('Not available');
  const who = roles.map((role) => `${ROLE_LABELS[role].toLowerCase()}s`).join(' and ');
  return (
    <section aria-labelledby="not-for-you-title">
      <h1 id="not-for-you-title">Not available</h1>
      <p role="alert">This page is for {who} only.</p>
      <p>
        <Link to="/">Back to the shop</Link>
      </p>
    </section>
  );
}
