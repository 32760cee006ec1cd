import { useId, useState } from 'react';
import type { Role } from '@/gql/graphql';
import { usePageTitle } from '@/lib/page-title';
import { ROLE_LABELS } from '@/lib/session/roles';
import { useMembers } from '../hooks/use-members';

/** Brand managers see who is on their platform. */
export function MembersPage() {
  usePageTitle('Members');
  const [role, setRole] = useState<Role | null>(null);
  const { data, isLoading, error } = useMembers(role);
  const filterId = useId();
  return (
    <section aria-labelledby="members-title">
      <h1 id="members-title">Members</h1>
      <div className="field field-inline">
        <label htmlFor={filterId}>Show</label>
        <select id={filterId} value={role ?? ''} onChange={(e) => setRole((e.target.value || null) as Role | null)}>
          <option value="">Everyone</option>
          {Object.entries(ROLE_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}s
            </option>
          ))}
        </select>
      </div>
      {isLoading && <p aria-live="polite">Loading members…</p>}
      {error && <p role="alert">{error.message}</p>}
      {data && (
        <table className="members-table">
          <caption className="visually-hidden">Accounts on the platform</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Joined</th>
            </tr>
          </thead>
          <tbody>
            {data.accounts.map((account) => (
              <tr key={account.id}>
                <td>{account.displayName}</td>
                <td>{account.email}</td>
                <td>{ROLE_LABELS[account.role]}</td>
                <td>{new Date(account.createdAt).toLocaleDateString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
