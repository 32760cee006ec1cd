import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ModulesContainer } from '@nestjs/core';
import { EventFeedRunner, EventReactions } from '@flagship/events';
import { OrderPaymentReactions, OrderService, OrdersModule, UNHONOURED_PAYMENT_REFUNDS, UnhonouredPaymentRefunds } from '@flagship/orders';
import { RefundService } from '@flagship/payments';
import { createTestEnvironment, type TestEnvironment } from '../support/test-environment';

const LIBS = path.resolve(import.meta.dirname, '../../../../libs');

/** Every library tagged `type:domain`, by directory name. */
const domainLibraries = readdirSync(LIBS).filter((dir) => {
  const project = JSON.parse(readFileSync(path.join(LIBS, dir, 'project.json'), 'utf8')) as { tags: string[] };
  return project.tags.includes('type:domain');
});

/**
 * Domain modules import what they use: none is global, so a domain that uses another without
 * importing its module fails to boot (and these tests with it). Reactions replace hidden wiring.
 */
describe('domain modules', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment();
  });
  afterAll(() => env.close());

  it('are all in the app and none is global', async () => {
    const modules = [...env.app.get(ModulesContainer).values()];
    expect(domainLibraries.length).toBeGreaterThanOrEqual(7);
    for (const library of domainLibraries) {
      const exported = new Set(Object.values((await import(`@flagship/${library}`)) as Record<string, unknown>));
      const own = modules.filter((module) => exported.has(module.metatype));
      // Named in the expectations, so a failure says which library.
      expect([library, own.length > 0]).toEqual([library, true]);
      expect([library, own.filter((module) => module.isGlobal).map((module) => module.metatype.name)]).toEqual([library, []]);
    }
  });

  it('reach each other through reactions to events: payments announces, orders reacts with its injected services', () => {
    expect(env.app.get(EventReactions).list()).toEqual([
      ['payment.succeeded', 'OrderPaymentReactions.paymentSucceeded'],
      ['payment.refunded', 'OrderPaymentReactions.paymentRefunded'],
      // The marketplace follows the orders and payments domains in their own transactions (decisions 0035–0043):
      // a part's refund is reversed in the ledger when its payment refund succeeds.
      ['payment.refunded', 'OrderPartReactions.refunded'],
      // The order splits into parts first; its bookings are then checked and linked to it.
      ['order.placed', 'OrderPartReactions.placed'],
      ['order.placed', 'BookingReactions.placed'],
      // The parts are paid first; bookings, used items and the vendor's new customers follow them.
      ['order.paid', 'OrderPartReactions.paid'],
      ['order.paid', 'BookingReactions.paid'],
      ['order.paid', 'ResaleReactions.paid'],
      ['order.paid', 'VendorCustomerReactions.orderPaid'],
      ['order.fulfilled', 'OrderPartReactions.fulfilled'],
      ['order.cancelled', 'OrderPartReactions.cancelled'],
      ['order.cancelled', 'BookingReactions.cancelled'],
      // Stripe Connect's news about sellers' accounts and transfers (decision 0041).
      ['payment.connected_account_updated', 'PayoutReactions.accountUpdated'],
      ['payment.transfer_reversed', 'PayoutReactions.transferReversed'],
      // A build the brand accepts pays its creator royalties (decision 0042).
      ['build.accepted', 'ResaleReactions.buildAccepted'],
    ]);
    // One OrderService in the app, the one OrdersModule provides, not a private copy built with `new`.
    const reactions = env.app.select(OrdersModule).get(OrderPaymentReactions) as unknown as Record<string, unknown>;
    expect(reactions['orders']).toBe(env.app.select(OrdersModule).get(OrderService));
  });

  it('do slow work after commit through the event feed: orders gives back unhonoured payments with the RefundService payments provides', () => {
    expect(env.app.get(EventFeedRunner).list()).toEqual([UNHONOURED_PAYMENT_REFUNDS]);
    const consumer = env.app.select(OrdersModule).get(UnhonouredPaymentRefunds) as unknown as Record<string, unknown>;
    expect(consumer['refunds']).toBe(env.app.get(RefundService));
  });
});
