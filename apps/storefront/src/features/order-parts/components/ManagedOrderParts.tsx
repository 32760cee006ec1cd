import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/ui';
import { formatMoney } from '@/lib/money';
import { PART_STATUS_LABELS, PART_STATUS_TONES, percent } from '../part-labels';
import { orderPartQueries } from '../queries';
import '../order-parts.css';

/**
 * The back office's view of an order's sellers: each part's state, gross, commission and the seller's
 * net. `version` changes when the order does (a refund), so the parts are read again.
 */
export function ManagedOrderParts({ orderId, version }: { orderId: string; version?: string }) {
  const parts = useQuery({ ...orderPartQueries.managed(orderId, version), placeholderData: (previous) => previous });
  if (parts.isLoading) return <p aria-live="polite">Loading the sellers’ parts…</p>;
  if (parts.error) return <p role="alert">{parts.error.message}</p>;
  return (
    <section className="manage-order-card" aria-labelledby="order-parts-title">
      <h2 id="order-parts-title">Sellers and commission</h2>
      <div className="order-parts">
        {parts.data!.map((part) => (
          <div key={part.id} className="order-part">
            <div className="order-part-head">
              <h3>{part.sellerName}</h3>
              <Badge tone={PART_STATUS_TONES[part.status]}>{PART_STATUS_LABELS[part.status]}</Badge>
            </div>
            {part.earnings && (
              <dl className="order-part-money">
                <div>
                  <dt>Gross</dt>
                  <dd>{formatMoney(part.earnings.gross)}</dd>
                </div>
                <div>
                  <dt>Commission ({percent(part.earnings.commissionBp)})</dt>
                  <dd>{formatMoney({ amountMinor: part.earnings.commission.amountMinor - part.earnings.commissionRefunded.amountMinor, currency: part.earnings.commission.currency })}</dd>
                </div>
                <div>
                  <dt>Refunded</dt>
                  <dd>{formatMoney(part.earnings.refunded)}</dd>
                </div>
                <div>
                  <dt>Seller’s net</dt>
                  <dd>{formatMoney(part.earnings.net)}</dd>
                </div>
              </dl>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}
