import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { SelectField } from '@/components/form/SelectField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { Button, ConfirmDialog, EmptyState, ImagePlaceholder, ResponsiveImage, toast } from '@/components/ui';
import { contributionPath } from '@/lib/community';
import { request } from '@/lib/graphql-client';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { usePageTitle } from '@/lib/page-title';
import { AcceptBuildMutation, DeclineBuildMutation, SetBuildSupportStagesMutation } from '../graphql/builds';
import { buildQueries } from '../queries';
import '../builds.css';

const day = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The brand manager's review of builds that cleared every stage (`/manage/builds`), and the stages setting. */
export function BuildReviewQueue() {
  usePageTitle('Build review');
  const query = useQuery(buildQueries.reviewQueue());
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: buildQueries.all });
  const [categoryId, setCategoryId] = useState('');
  const [royalty, setRoyalty] = useState('1');
  const [reason, setReason] = useState('');

  const accept = useMutation({
    mutationFn: (buildId: string) =>
      request(AcceptBuildMutation, { input: { buildId, categoryId: categoryId || query.data!.categories[0]!.id, royaltyBp: Math.round(Number(royalty) * 100) } }),
    onSuccess: async () => {
      toast.success('Accepted: a draft product is waiting in Products');
      await refresh();
    },
  });
  const decline = useMutation({
    mutationFn: (buildId: string) => request(DeclineBuildMutation, { input: { buildId, reason: reason.trim() } }),
    onSuccess: async () => {
      toast.success('Declined: the creator sees your reason');
      setReason('');
      await refresh();
    },
  });

  if (query.isLoading) return <p aria-live="polite">Loading the review queue…</p>;
  if (query.error || !query.data) return <p role="alert">{query.error?.message ?? 'The review queue cannot be shown.'}</p>;
  const { buildReviewQueue: queue, categories, buildSupportStages: stages } = query.data;

  return (
    <section aria-labelledby="build-review-title">
      <h1 id="build-review-title">Build review</h1>
      <p className="muted">Community builds that reached every support stage in time. Accepting one makes a draft product from it and records its creator’s royalty.</p>
      {queue.length === 0 ? (
        <EmptyState title="No builds waiting" description="Builds appear here when they clear their last support stage." />
      ) : (
        <ul className="build-queue">
          {queue.map((item) => (
            <li key={item.id}>
              {item.cover ? <ResponsiveImage image={item.cover.image} sizes="8rem" aspectRatio="4 / 3" decorative /> : <ImagePlaceholder />}
              <div>
                <h3>
                  <Link to={contributionPath('BUILD', item.id)}>{item.title}</Link>
                </h3>
                <p className="muted">
                  by {item.author.displayName} · {item.build?.supporters} supporters · {item.build?.parts.length} parts
                  {item.build?.enteredReviewAt && <> · waiting since {day(item.build.enteredReviewAt)}</>}
                </p>
                <p>{item.excerpt}</p>
              </div>
              <div className="build-queue-actions">
                <ConfirmDialog
                  trigger={<Button>Accept</Button>}
                  title={`Accept “${item.title}”?`}
                  description="A draft product is created from it (no stock, priced at its parts) and linked to the build. You finish the product in the back office."
                  confirmLabel="Accept build"
                  pendingLabel="Accepting…"
                  onConfirm={() => accept.mutateAsync(item.id)}
                >
                  <SelectField label="Category" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
                    {categories.map((category) => (
                      <option key={category.id} value={category.id}>
                        {category.name}
                      </option>
                    ))}
                  </SelectField>
                  <TextField label="Creator’s royalty (% of net sales)" type="number" min={0} max={100} step={0.25} value={royalty} onChange={(e) => setRoyalty(e.target.value)} />
                </ConfirmDialog>
                <ConfirmDialog
                  trigger={<Button variant="secondary">Decline</Button>}
                  title={`Decline “${item.title}”?`}
                  description="Its creator reads your reason on the build’s page. This cannot be undone."
                  confirmLabel="Decline build"
                  pendingLabel="Declining…"
                  tone="danger"
                  onConfirm={() => {
                    if (!reason.trim()) throw new Error('Give the creator a reason');
                    return decline.mutateAsync(item.id);
                  }}
                >
                  <TextAreaField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} required />
                </ConfirmDialog>
              </div>
            </li>
          ))}
        </ul>
      )}
      <StagesEditor key={JSON.stringify(stages)} initial={stages} onSaved={refresh} />
    </section>
  );
}

function StagesEditor({ initial, onSaved }: { initial: { supporters: number; windowDays: number }[]; onSaved: () => unknown }) {
  const [stages, setStages] = useState(initial);
  const save = useMutation({
    mutationFn: () => request(SetBuildSupportStagesMutation, { input: { stages } }),
    onSuccess: async () => {
      toast.success('Support stages saved');
      await onSaved();
    },
    onError: (error) => toast.error(error.message),
  });
  const change = (i: number, patch: Partial<{ supporters: number; windowDays: number }>) => setStages((all) => all.map((stage, j) => (j === i ? { ...stage, ...patch } : stage)));
  return (
    <form
      className="build-stages"
      aria-labelledby="build-stages-title"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="build-stages-title">Support stages</h2>
      <p className="muted">Each stage: the supporters a build needs in total, within the days the stage stays open.</p>
      {stages.map((stage, i) => (
        <div className="build-stage-row" key={i}>
          <TextField label={`Stage ${i + 1}: supporters`} type="number" min={1} value={stage.supporters} onChange={(e) => change(i, { supporters: Number(e.target.value) })} />
          <TextField label="Window (days)" type="number" min={1} max={730} value={stage.windowDays} onChange={(e) => change(i, { windowDays: Number(e.target.value) })} />
          <Button variant="ghost" size="sm" disabled={stages.length === 1} onClick={() => setStages((all) => all.filter((_, j) => j !== i))} aria-label={`Remove stage ${i + 1}`}>
            Remove
          </Button>
        </div>
      ))}
      <div className="build-form-actions">
        <Button variant="secondary" size="sm" onClick={() => setStages((all) => [...all, { supporters: (all.at(-1)?.supporters ?? 0) * 2 || 10, windowDays: 60 }])}>
          Add a stage
        </Button>
        <Button type="submit" pending={save.isPending} pendingLabel="Saving…">
          Save stages
        </Button>
      </div>
    </form>
  );
}
