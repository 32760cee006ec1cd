/**
 * What the payments domain tells whoever sells (the orders domain implements it). Payments cannot
 * depend on orders, so orders provides this under the PAYMENT_OUTCOMES token.
 */
export const PAYMENT_OUTCOMES = Symbol('PAYMENT_OUTCOMES');

export interface SucceededRefund {
  orderId: string;
  amountMinor: number;
  currency: string;
  /** Who asked for it; null for the platform's automatic refunds. */
  actorId: string | null;
  reason: string;
}

export interface PaymentOutcomes {
  /**
   * Called inside the transaction that records a successful payment. 'KEEP' when the order stands;
   * 'REFUND' when it cannot be honoured (its reservation expired and the stock went elsewhere): the
   * money then goes straight back.
   */
  paymentSucceeded(orderId: string): Promise<'KEEP' | 'REFUND'>;
  /**
   * Called inside the transaction that marks a refund SUCCEEDED, once per refund: the order records
   * its refunded amount, its new status and the refund event in that same transaction.
   */
  refundSucceeded(refund: SucceededRefund): Promise<void>;
}
