import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { SelectField } from '@/components/form/SelectField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { Badge, Button, ConfirmDialog, toast } from '@/components/ui';
import type { ClaimReason } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ConfirmUsedItemReceivedMutation, OpenClaimMutation } from '../graphql/resale';
import { CLAIM_REASON_LABELS, STAGE_LABELS, STAGE_TONES } from '../labels';
import { resaleQueries } from '../queries';
import { formatDay } from './dates';
import '../resale.css';

const REASONS: ClaimReason[] = ['NOT_RECEIVED', 'NOT_AS_DESCRIBED', 'DAMAGED', 'OTHER'];

/**
 * On an order's page (`/orders/:id`): the used items bought on it, with "Confirm receipt" and "Open a
 * claim" while the claim window is open. Renders nothing for an order without used items.
 */
export function UsedOrderPanel() {
  const { id = '' } = useParams();
  const query = useQuery(resaleQueries.ofOrder(id));
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: resaleQueries.all });
  const [reason, setReason] = useState<ClaimReason>('NOT_AS_DESCRIBED');
  const [details, setDetails] = useState('');
  const confirm = useMutation({
    mutationFn: (partId: string) => request(ConfirmUsedItemReceivedMutation, { partId }),
    onSuccess: async () => {
      toast.success('Thanks: the seller gets the money now');
      await refresh();
    },
    onError: (error) => toast.error(error.message),
  });
  const claim = useMutation({
    mutationFn: (partId: string) => request(OpenClaimMutation, { input: { partId, reason, details: details.trim() } }),
    onSuccess: async () => {
      toast.success('Claim opened: the money stays held while we look into it');
      setDetails('');
      await refresh();
    },
  });
  const sales = (query.data?.usedSalesOfOrder ?? []).filter((sale) => sale.viewerIsBuyer);
  if (sales.length === 0) return null;

  return (
    <section aria-labelledby="used-order-title" className="used-order">
      <h2 id="used-order-title">Used items on this order</h2>
      <p className="muted">Your money is held until you confirm receipt, or until two days after delivery if you raise no problem.</p>
      <ul className="selling-list">
        {sales.map((sale) => (
          <li key={sale.partId}>
            <div>
              <strong>{sale.item.product?.name ?? `${sale.item.brand} ${sale.item.model}`}</strong>
              <p className="muted">
                from {sale.item.sellerName}
                {sale.trackingCode && <> · tracking {sale.trackingCode}</>}
                {sale.releaseAfter && sale.claimable && <> · raise a problem by {formatDay(sale.releaseAfter)}</>}
                {sale.claim && <> · claim: {CLAIM_REASON_LABELS[sale.claim.reason]}{sale.claim.decisionNote && <> — {sale.claim.decisionNote}</>}</>}
              </p>
            </div>
            <Badge tone={STAGE_TONES[sale.stage]}>{sale.stage === 'PAID' ? 'Paid: waiting for the seller to ship' : STAGE_LABELS[sale.stage]}</Badge>
            {sale.claimable && (
              <div className="selling-actions">
                <Button size="sm" onClick={() => confirm.mutate(sale.partId)} disabled={confirm.isPending}>
                  Confirm receipt
                </Button>
                <ConfirmDialog
                  trigger={
                    <Button size="sm" variant="secondary">
                      Open a claim
                    </Button>
                  }
                  title="Open a claim"
                  description="The money stays held while a Ridgeline team member looks at your claim and decides: a refund to you or payment to the seller."
                  confirmLabel="Open claim"
                  pendingLabel="Opening…"
                  tone="danger"
                  onConfirm={() => {
                    if (details.trim().length < 10) throw new Error('Tell us what happened in at least 10 characters');
                    return claim.mutateAsync(sale.partId);
                  }}
                >
                  <SelectField label="What went wrong?" value={reason} onChange={(e) => setReason(e.target.value as ClaimReason)}>
                    {REASONS.map((r) => (
                      <option key={r} value={r}>
                        {CLAIM_REASON_LABELS[r]}
                      </option>
                    ))}
                  </SelectField>
                  <TextAreaField label="What happened" value={details} onChange={(e) => setDetails(e.target.value)} maxLength={2000} required />
                </ConfirmDialog>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
