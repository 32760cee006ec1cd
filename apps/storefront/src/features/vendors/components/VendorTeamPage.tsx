import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { Badge, Button, ConfirmDialog, EmptyState, toast } from '@/components/ui';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { usePageTitle } from '@/lib/page-title';
import { actingVendor, useViewer } from '@/lib/session/session';
import { useInviteStaff, useRemoveStaff } from '../hooks/use-vendors';
import { vendorQueries } from '../queries';
import '../vendors.css';

const inviteSchema = z.object({ email: z.string().trim().email('Enter their email, e.g. name@example.com') });

/** `/vendor/team`: the vendor's owners and staff; owners invite members by email and remove staff. */
export function VendorTeamPage() {
  const { viewer } = useViewer();
  const vendor = actingVendor(viewer);
  usePageTitle('Team');
  if (!vendor) return <EmptyState title="No vendor to act for" description="You are not on a vendor’s team." />;
  const owner = viewer?.memberships.some((m) => m.organisation.id === vendor.id && m.role === 'OWNER') ?? false;
  return <Team vendorId={vendor.id} vendorName={vendor.name} owner={owner} />;
}

function Team({ vendorId, vendorName, owner }: { vendorId: string; vendorName: string; owner: boolean }) {
  const query = useQuery(vendorQueries.team(vendorId));
  const remove = useRemoveStaff();
  return (
    <section className="vendor-team" aria-labelledby="vendor-team-title">
      <h1 id="vendor-team-title">{vendorName}: team</h1>
      <p className="muted">Everyone here acts for {vendorName}: they manage its listings and bookings. Only owners change the team.</p>
      {query.isLoading ? (
        <p aria-live="polite">Loading the team…</p>
      ) : query.error ? (
        <p role="alert">{query.error.message}</p>
      ) : (
        <ul className="vendor-team-list">
          {query.data?.vendorTeam.map((person) => (
            <li key={person.accountId} className="vendor-team-member">
              <span className="vendor-team-name">{person.displayName}</span>
              <Badge tone={person.role === 'OWNER' ? 'primary' : 'neutral'}>{person.role === 'OWNER' ? 'Owner' : 'Staff'}</Badge>
              {owner && person.role === 'STAFF' && (
                <ConfirmDialog
                  trigger={
                    <Button variant="ghost" size="sm">
                      Remove<span className="visually-hidden"> {person.displayName}</span>
                    </Button>
                  }
                  title={`Remove ${person.displayName} from the team?`}
                  description={`They can no longer act for ${vendorName}. You can invite them again later.`}
                  confirmLabel="Remove"
                  pendingLabel="Removing…"
                  tone="danger"
                  onConfirm={async () => {
                    await remove.mutateAsync({ vendorId, accountId: person.accountId });
                    toast.success(`${person.displayName} left the team`);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {owner && <InviteForm vendorId={vendorId} />}
    </section>
  );
}

function InviteForm({ vendorId }: { vendorId: string }) {
  const invite = useInviteStaff();
  const form = useForm({ resolver: zodResolver(inviteSchema), defaultValues: { email: '' } });
  const submit = submitTo(form, async ({ email }) => {
    await invite.mutateAsync({ vendorId, email });
    toast.success(`${email} is on the team`);
    form.reset();
  });
  return (
    <form className="vendor-invite" onSubmit={submit} noValidate aria-labelledby="vendor-invite-title">
      <h2 id="vendor-invite-title">Invite staff</h2>
      <p className="muted">They need an account on the platform already; they join as staff straight away.</p>
      <div className="vendor-invite-row">
        <TextField label="Their email" type="email" autoComplete="off" required {...form.register('email')} error={fieldError(form, 'email')} />
        <Button type="submit" pending={form.formState.isSubmitting} pendingLabel="Inviting…">
          Invite
        </Button>
      </div>
      <FormError message={formError(form)} />
    </form>
  );
}
