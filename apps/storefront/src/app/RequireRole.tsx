import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { Role } from '../gql/graphql';
import { useViewer } from '../features/auth/hooks/use-session';
import { hasRole } from '../features/auth/roles';

/** Keeps a page to holders of any of some roles. The API enforces the same rule; this only spares a useless request. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { viewer, isLoading } = useViewer();
  if (isLoading) return null;
  if (!viewer) return <Navigate to="/log-in" replace />;
  if (!roles.some((role) => hasRole(viewer, role))) return <p role="alert">This page is for {roles.join(', ').toLowerCase().replace('_', ' ')}s only.</p>;
  return <>{children}</>;
}
