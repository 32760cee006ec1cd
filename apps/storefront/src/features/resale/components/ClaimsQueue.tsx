import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { TextAreaField } from '@/components/form/TextAreaField';
import { Badge, Button, ConfirmDialog, EmptyState, Price, toast } from '@/components/ui';
import type { ClaimOutcome } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import { DecideClaimMutation } from '../graphql/resale';
import { CLAIM_REASON_LABELS, STAGE_LABELS, STAGE_TONES } from '../labels';
import { resaleQueries } from '../queries';
import { formatMoment } from './dates';
import '../resale.css';

/** `/manage/claims`: buyers' claims on used items, oldest first; the brand manager refunds the buyer or releases to the seller. */
export function ClaimsQueue() {
  usePageTitle('Claims');
  const [all, setAll] = useState(false);
  const query = useQuery(resaleQueries.claims(all));
  const client = useQueryClient();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: ({ claimId, outcome }: { claimId: string; outcome: ClaimOutcome }) => request(DecideClaimMutation, { input: { claimId, outcome, note: note.trim() } }),
    onSuccess: async (_, { outcome }) => {
      toast.success(outcome === 'REFUND_BUYER' ? 'Refunded to the buyer' : 'Released to the seller');
      setNote('');
      await client.invalidateQueries({ queryKey: resaleQueries.all });
    },
  });
  const decision = (claimId: string, outcome: ClaimOutcome) => {
    if (note.trim().length < 3) throw new Error('Write a note both sides will read');
    return decide.mutateAsync({ claimId, outcome });
  };

  return (
    <section aria-labelledby="claims-title" className="claims">
      <div className="used-market-header">
        <div>
          <h1 id="claims-title">Claims</h1>
          <p className="muted">Buyers’ claims on used items. The money stays frozen until you decide.</p>
        </div>
        <Button variant="secondary" onClick={() => setAll(!all)} aria-pressed={all}>
          {all ? 'Show open claims' : 'Show decided too'}
        </Button>
      </div>
      {query.isLoading ? (
        <p aria-live="polite">Loading…</p>
      ) : query.error ? (
        <p role="alert">{query.error.message}</p>
      ) : !query.data?.claimQueue.length ? (
        <EmptyState title="No open claims" description="Claims appear here when a buyer raises a problem within the claim window." />
      ) : (
        <ul className="selling-list">
          {query.data.claimQueue.map((sale) =>
            sale.claim ? (
              <li key={sale.partId}>
                <div>
                  <strong>{sale.item.product?.name ?? `${sale.item.brand} ${sale.item.model}`}</strong>
                  <p className="muted">
                    Sold by <Link to={`/members/${sale.item.sellerId}`}>{sale.item.sellerName}</Link> · paid <Price money={sale.paid} size="sm" /> · opened {formatMoment(sale.claim.createdAt)}
                  </p>
                  <p>
                    <strong>{CLAIM_REASON_LABELS[sale.claim.reason]}:</strong> {sale.claim.details}
                  </p>
                  {sale.claim.decisionNote && <p className="muted">Decision: {sale.claim.decisionNote}</p>}
                </div>
                <Badge tone={STAGE_TONES[sale.stage]}>{STAGE_LABELS[sale.stage]}</Badge>
                {sale.claim.status === 'OPEN' && (
                  <div className="selling-actions">
                    <ConfirmDialog
                      trigger={<Button size="sm">Refund buyer</Button>}
                      title="Refund the buyer?"
                      description="The whole part is refunded to the buyer and the sale reversed on the ledger, fee included."
                      confirmLabel="Refund buyer"
                      pendingLabel="Refunding…"
                      tone="danger"
                      onConfirm={() => decision(sale.claim!.id, 'REFUND_BUYER')}
                    >
                      <TextAreaField label="Note to both sides" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} required />
                    </ConfirmDialog>
                    <ConfirmDialog
                      trigger={
                        <Button size="sm" variant="secondary">
                          Release to seller
                        </Button>
                      }
                      title="Release the money to the seller?"
                      description="The held money goes to the seller’s balance; the claim is closed."
                      confirmLabel="Release to seller"
                      pendingLabel="Releasing…"
                      onConfirm={() => decision(sale.claim!.id, 'RELEASE_TO_SELLER')}
                    >
                      <TextAreaField label="Note to both sides" value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} required />
                    </ConfirmDialog>
                  </div>
                )}
              </li>
            ) : null,
          )}
        </ul>
      )}
    </section>
  );
}
