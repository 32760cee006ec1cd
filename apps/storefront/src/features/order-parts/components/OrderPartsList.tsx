import { useQuery } from '@tanstack/react-query';
import { Badge } from '@/components/ui';
import { formatMoney } from '@/lib/money';
import { PART_STATUS_LABELS, PART_STATUS_TONES } from '../part-labels';
import { buyerOrderPartsQuery } from '../buyer-queries';
import '../order-parts.css';

/**
 * An order as its buyer sees it, grouped by seller ("Sold by VeloFit Studio"): each part's state, its
 * lines, what it cost and what of it was refunded. Commission is never asked for here.
 */
export function OrderPartsList({ orderId, headingLevel = 2 }: { orderId: string; headingLevel?: 2 | 3 }) {
  const parts = useQuery(buyerOrderPartsQuery(orderId));
  if (parts.isLoading) return <p aria-live="polite">Loading the items…</p>;
  if (parts.error) return <p role="alert">{parts.error.message}</p>;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="order-parts" data-testid="order-parts">
      {parts.data!.map((part) => (
        <section key={part.id} className="order-part" aria-label={`Sold by ${part.sellerName}`}>
          <div className="order-part-head">
            <Heading>Sold by {part.sellerName}</Heading>
            <Badge tone={PART_STATUS_TONES[part.status]}>{PART_STATUS_LABELS[part.status]}</Badge>
          </div>
          <ul className="order-part-lines">
            {part.lines.map((line) => (
              <li key={line.id}>
                <span>
                  {line.productName}
                  {line.variantName && line.variantName !== 'Standard' ? ` · ${line.variantName}` : ''} × {line.quantity}
                </span>
                <span className="amount">{formatMoney(line.lineTotal)}</span>
              </li>
            ))}
          </ul>
          <div className="order-part-foot">
            <span>Paid for this seller’s items, with their share of delivery and tax: {formatMoney(part.total)}</span>
            {part.refunded.amountMinor > 0 && <span>Refunded: {formatMoney(part.refunded)}</span>}
          </div>
          {part.refunds.some((r) => r.status === 'PENDING') && <p className="field-hint">A refund is on its way back to you.</p>}
        </section>
      ))}
    </div>
  );
}
