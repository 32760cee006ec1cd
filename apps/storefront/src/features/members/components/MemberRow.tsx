import { useState } from 'react';
import { MemberName } from '@/components/member/MemberName';
import type { MembersQuery, Role } from '@/gql/graphql';
import { GRANTABLE_ROLES, ROLE_LABELS } from '@/lib/session/roles';
import { useChangeAccess } from '../hooks/use-members';

type Account = MembersQuery['accounts'][number];

/** One member: their roles (each removable), a role to grant, and the expert badge. Errors stay on the row. */
export function MemberRow({ account, onAccessChanged }: { account: Account; onAccessChanged: () => Promise<unknown> }) {
  const change = useChangeAccess(onAccessChanged);
  const grantable = GRANTABLE_ROLES.filter((role) => !account.roles.includes(role));
  const [toGrant, setToGrant] = useState<Role | ''>('');
  const chosen = toGrant && grantable.includes(toGrant) ? toGrant : grantable[0] ?? '';
  const expert = account.member.badges.some((badge) => badge.kind === 'EXPERT');
  const name = account.displayName;

  return (
    <tr>
      <td data-label="Name">
        <MemberName member={{ id: account.member.id, displayName: name, badges: account.member.badges }} />
        <p className="muted member-joined">Joined {new Date(account.createdAt).toLocaleDateString()}</p>
      </td>
      <td data-label="Email" className="member-email">
        {/* A line may break after the @, never inside a word. */}
        {account.email.split('@')[0]}@<wbr />
        {account.email.split('@').slice(1).join('@')}
      </td>
      <td data-label="Roles">
        <ul className="role-chips" aria-label={`Roles of ${name}`}>
          {account.roles.map((role) => (
            <li key={role} className="role-chip">
              {ROLE_LABELS[role]}
              {role !== 'CONSUMER' && (
                <button
                  type="button"
                  className="role-chip-remove"
                  aria-label={`Remove the ${ROLE_LABELS[role]} role from ${name}`}
                  disabled={change.isPending}
                  onClick={() => change.mutate({ kind: 'revokeRole', accountId: account.id, role })}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      </td>
      <td data-label="Change">
        <div className="member-actions">
          {grantable.length > 0 && (
            <form
              className="grant-role"
              onSubmit={(event) => {
                event.preventDefault();
                if (chosen) change.mutate({ kind: 'grantRole', accountId: account.id, role: chosen });
              }}
            >
              <select aria-label={`Role to grant to ${name}`} value={chosen} onChange={(e) => setToGrant(e.target.value as Role)}>
                {grantable.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
              <button type="submit" className="button-small" disabled={change.isPending}>
                Grant
              </button>
            </form>
          )}
          <button
            type="button"
            className="button-small button-quiet"
            disabled={change.isPending}
            onClick={() => change.mutate({ kind: expert ? 'revokeBadge' : 'grantBadge', accountId: account.id, badge: 'EXPERT' })}
          >
            {expert ? 'Remove expert badge' : 'Mark as expert'}
          </button>
        </div>
        {change.error && (
          <p className="field-error" role="alert">
            {change.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}
