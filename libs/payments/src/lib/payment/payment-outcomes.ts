/**
 * What the payments domain tells whoever sells (the orders domain implements it). Payments cannot
 * depend on orders, so orders provides this under the PAYMENT_OUTCOMES token.
 */
export const PAYMENT_OUTCOMES = Symbol('PAYMENT_OUTCOMES');

export interface PaymentOutcomes {
  /**
   * Called inside the transaction that records a successful payment. 'KEEP' when the order stands;
   * 'REFUND' when it cannot be honoured (its reservation expired and the stock went elsewhere): the
   * money then goes straight back.
   */
  paymentSucceeded(orderId: string): Promise<'KEEP' | 'REFUND'>;
  /** Called inside the transaction that records an automatic refund. */
  refundedAutomatically(orderId: string, amountMinor: number, currency: string): Promise<void>;
}
