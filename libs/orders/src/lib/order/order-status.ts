import { registerEnumType } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '@flagship/api-core';

export enum OrderStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  FULFILLED = 'FULFILLED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  REFUNDED = 'REFUNDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatus, { name: 'OrderStatus' });

/** The order state machine: every change of status goes through `assertTransition`. */
export const ORDER_TRANSITIONS: Record<OrderStatus, OrderStatus[]> = {
  [OrderStatus.PENDING_PAYMENT]: [OrderStatus.PAID, OrderStatus.CANCELLED],
  [OrderStatus.PAID]: [OrderStatus.FULFILLED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED],
  [OrderStatus.FULFILLED]: [OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED],
  [OrderStatus.PARTIALLY_REFUNDED]: [OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDED, OrderStatus.FULFILLED],
  [OrderStatus.REFUNDED]: [],
  // A cancelled order comes back only when its late payment can still be honoured.
  [OrderStatus.CANCELLED]: [OrderStatus.PAID],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw new DomainError(ErrorCode.CONFLICT, `An order that is ${label(from)} cannot become ${label(to)}`);
  }
}

const label = (status: OrderStatus) => status.toLowerCase().replace('_', ' ');
