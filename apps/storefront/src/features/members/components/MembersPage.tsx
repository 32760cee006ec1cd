import { useId, useState } from 'react';
import type { Role } from '@/gql/graphql';
import { usePageTitle } from '@/lib/page-title';
import { ROLE_LABELS } from '@/lib/session/roles';
import { useMembers } from '../hooks/use-members';
import { MemberRow } from './MemberRow';
import '../members.css';

/**
 * Brand managers see who is on their platform and grant or remove roles and the expert badge.
 * `onAccessChanged` tells the app, which refreshes what other pages show of members (their badges).
 */
export function MembersPage({ onAccessChanged }: { onAccessChanged: () => Promise<unknown> }) {
  usePageTitle('Members');
  const [role, setRole] = useState<Role | null>(null);
  const { data, isLoading, error } = useMembers(role);
  const filterId = useId();
  return (
    <section aria-labelledby="members-title">
      <h1 id="members-title">Members</h1>
      <p className="muted">Every member is a consumer. Roles you grant work from the member’s next click; removing one takes it away just as fast.</p>
      <div className="field field-inline">
        <label htmlFor={filterId}>Show</label>
        <select id={filterId} value={role ?? ''} onChange={(e) => setRole((e.target.value || null) as Role | null)}>
          <option value="">Everyone</option>
          {Object.entries(ROLE_LABELS)
            .filter(([value]) => value !== 'CONSUMER')
            .map(([value, label]) => (
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
              <th scope="col">Roles</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {data.accounts.map((account) => (
              <MemberRow key={account.id} account={account} onAccessChanged={onAccessChanged} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
