/**
 * One key per intended refund (this order, this amount), kept in sessionStorage: a double click, a
 * retry after an error or a reload sends the same key, which the server refunds once. It is dropped
 * only once that refund succeeded or was refused; a new amount to refund is a new refund and gets a
 * new key.
 */
export const refundKeys = {
  name: (orderId: string, amountMinor: number) => `flagship.refund-key.${orderId}.${amountMinor}`,
  get(orderId: string, amountMinor: number): string {
    const name = refundKeys.name(orderId, amountMinor);
    const existing = sessionStorage.getItem(name);
    if (existing) return existing;
    const key = crypto.randomUUID();
    sessionStorage.setItem(name, key);
    return key;
  },
  done(orderId: string, amountMinor: number): void {
    sessionStorage.removeItem(refundKeys.name(orderId, amountMinor));
  },
};
