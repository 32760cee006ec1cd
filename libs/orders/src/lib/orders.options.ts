export const ORDERS_OPTIONS = Symbol('ORDERS_OPTIONS');

export interface OrdersOptions {
  /** Multiplies the reservation time; tests use 0 to make reservations expire at once. */
  reservationScale: number;
}
