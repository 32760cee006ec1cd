import { useState } from 'react';
import { MemberName } from '@/components/member/MemberName';
import { ConfirmDialog, toast } from '@/components/ui';
import type { MembersQuery, Role } from '@/gql/graphql';
import { GRANTABLE_ROLES, ROLE_LABELS } from '@/lib/session/roles';
import { useChangeAccess } from '../hooks/use-members';

type Account = MembersQuery['accounts'][number];

/**
 * One member: their roles (each removable, after asking), a role to grant, and the expert badge.
 * Each change says so in a toast; a refusal of a grant stays on the row, one of a removal in its dialog.
 */
export function MemberRow({ account, onAccessChanged }: { account: Account; onAccessChanged: () => Promise<unknown> }) {
  const change = useChangeAccess(onAccessChanged);
  const done = (message: string) => ({ onSuccess: () => toast.success(message) });
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
                <ConfirmDialog
                  trigger={
                    <button type="button" className="role-chip-remove" aria-label={`Remove the ${ROLE_LABELS[role]} role from ${name}`} disabled={change.isPending}>
                      ×
                    </button>
                  }
                  title={`Remove the ${ROLE_LABELS[role]} role from ${name}?`}
                  description={`${name} loses what the role allows from their next click. You can grant it again.`}
                  confirmLabel="Remove role"
                  pendingLabel="Removing…"
                  tone="danger"
                  onConfirm={() => change.mutateAsync({ kind: 'revokeRole', accountId: account.id, role }, done(`${name} is no longer ${article(ROLE_LABELS[role])}`))}
                />
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
                if (chosen) change.mutate({ kind: 'grantRole', accountId: account.id, role: chosen }, done(`${name} is now ${article(ROLE_LABELS[chosen])}`));
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
          {expert ? (
            <ConfirmDialog
              trigger={
                <button type="button" className="button-small button-quiet" disabled={change.isPending}>
                  Remove expert badge
                </button>
              }
              title={`Remove the expert badge from ${name}?`}
              description="The Expert label disappears from their name on their profile, reviews and answers. You can mark them as expert again."
              confirmLabel="Remove badge"
              pendingLabel="Removing…"
              tone="danger"
              onConfirm={() => change.mutateAsync({ kind: 'revokeBadge', accountId: account.id, badge: 'EXPERT' }, done(`${name} is no longer marked as expert`))}
            />
          ) : (
            <button
              type="button"
              className="button-small button-quiet"
              disabled={change.isPending}
              onClick={() => change.mutate({ kind: 'grantBadge', accountId: account.id, badge: 'EXPERT' }, done(`${name} is now marked as expert`))}
            >
              Mark as expert
            </button>
          )}
        </div>
        {change.error && change.variables?.kind.startsWith('grant') && (
          <p className="field-error" role="alert">
            {change.error.message}
          </p>
        )}
      </td>
    </tr>
  );
}

/** "a Moderator", "an Expert": the role's label with its article. */
const article = (label: string) => `${/^[AEIOU]/i.test(label) ? 'an' : 'a'} ${label.toLowerCase()}`;
