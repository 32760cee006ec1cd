import { Injectable, Logger } from '@nestjs/common';
import { DomainError, badInput, type Viewer } from '@flagship/api-core';
import { CartService, MAX_LINE_QUANTITY } from '@flagship/cart';
import { ProductVariantService, type ReservedVariant } from '@flagship/catalog';
import { TransactionalConnection, isUniqueViolation } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { PaymentProvider, PaymentService } from '@flagship/payments';
import { AddressBookService } from '../address-book/address-book.service';
import { OrderLine } from '../order/order-line.entity';
import { OrderStatus } from '../order/order-status';
import { Order } from '../order/order.entity';
import { OrderService } from '../order/order.service';
import { OrderEvents } from '../orders.events';
import { isRetryable } from '../shared/retry-transaction';
import { postcodeProblem } from './address-rules';
import type { CheckoutInput, CheckoutResult } from './dto/checkout.input';
import { CheckoutPricing, NOTHING_TO_SHIP } from './checkout-pricing';

/**
 * Turns the signed-in shopper's cart into an order and takes payment.
 *  1. One short transaction: claim the checkout key, lock and read the cart lines, reserve stock line
 *     by line (in variant-id order, so carts never wait on each other in opposite orders), price
 *     everything on the server, write the order and its lines, remove the ordered cart lines, record
 *     `order.placed`.
 *  2. Only then, with no rows locked, ask the payment provider. If it cannot be reached the order
 *     stays PENDING_PAYMENT (stock held until the reservation expires) and the buyer is told to retry.
 * The same checkout key submitted twice (a double click, a retry) returns the first order and payment.
 */
@Injectable()
export class CheckoutService {
  private readonly logger = new Logger(CheckoutService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly carts: CartService,
    private readonly variants: ProductVariantService,
    private readonly pricing: CheckoutPricing,
    private readonly addressBook: AddressBookService,
    private readonly payments: PaymentService,
    private readonly orders: OrderService,
    private readonly provider: PaymentProvider,
    private readonly events: EventLog,
  ) {}

  async checkout(viewer: Viewer, input: CheckoutInput): Promise<CheckoutResult> {
    const { address } = input;
    const problem = postcodeProblem(address.country, address.postcode);
    if (problem) throw badInput('address.postcode', problem);
    const terms = await this.pricing.terms(viewer, { shippingMethodId: input.shippingMethodId, country: address.country });
    const { method } = terms;

    const order = await this.withRetry(() =>
      this.connection.withTransaction(async () => {
        // One checkout per account at a time from here on, so two at once cannot both pass the cap below.
        await this.connection.manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [CHECKOUT_LOCK, viewer.accountId]);
        const existing = await this.findByCheckoutKey(viewer.accountId, input.checkoutKey);
        if (existing) return existing;
        await this.assertFewUnpaidOrders(viewer.accountId, terms.reservationMinutes);
        // "Save this address" goes with the order: a full address book refuses both (on `saveAddress`).
        if (input.saveAddress) await this.addressBook.keep(viewer, address);
        // Claim the key before touching stock: a concurrent submission of the same checkout waits
        // here for this one, then replays its order instead of competing for the stock.
        const orderId = await this.insertOrder(viewer.accountId, input);
        const lines = await this.carts.linesForCheckout(viewer.accountId);
        if (lines.length === 0) throw badInput('cart', 'Your cart is empty');
        if (lines.some((line) => !Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_LINE_QUANTITY)) {
          throw badInput('cart', `Order between 1 and ${MAX_LINE_QUANTITY} of each item`);
        }

        const reserved: { line: ReservedVariant; quantity: number; bookingId: string | null }[] = [];
        for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
          const taken = await this.variants.reserve(line.variantId, line.quantity);
          if (!taken) {
            // Not for sale any more (unpublished, or its seller suspended): say so, not "out of stock".
            if ((await this.variants.findSellable(viewer, [line.variantId])).length === 0) {
              throw new DomainError('NOT_FOR_SALE', 'An item in your cart is no longer for sale; remove it from your cart', 'cart');
            }
            const left = await this.variants.stockOf(line.variantId);
            throw new DomainError('OUT_OF_STOCK', left > 0 ? `Only ${left} left of an item in your cart` : 'An item in your cart has sold out', 'cart');
          }
          reserved.push({ line: taken, quantity: line.quantity, bookingId: line.bookingId });
        }
        const priced = this.pricing.price(
          terms,
          reserved.map((r) => ({ unitPriceMinor: r.line.priceMinor, quantity: r.quantity, currency: r.line.currency, offerKind: r.line.offerKind })),
        );
        const { currency, shipsSomething } = priced;
        const totals = { subtotalMinor: priced.subtotalMinor, shippingMinor: priced.shippingMinor, taxMinor: priced.taxMinor, totalMinor: priced.totalMinor };
        // The buyer saw a total in the summary (checkoutQuote): a price or the cart changed since, so
        // this is not the order they agreed to. Nothing is written; they read the new summary.
        if (input.expectedTotalMinor != null && input.expectedTotalMinor !== totals.totalMinor) {
          throw new DomainError(
            'TOTAL_CHANGED',
            'The total changed since the summary was shown (a price or your cart changed). Check the new summary and place the order again.',
            'expectedTotalMinor',
          );
        }
        const orders = this.connection.getRepository(Order);
        await orders.update(
          { id: orderId },
          {
            ...totals,
            currency,
            taxRateBp: terms.taxRateBp,
            pricesIncludeTax: terms.pricesIncludeTax,
            shippingMethodName: shipsSomething ? method.name : NOTHING_TO_SHIP,
            reservationExpiresAt: new Date(Date.now() + terms.reservationMinutes * 60_000),
          },
        );
        const orderLines = this.connection.getRepository(OrderLine);
        await orderLines.save(
          reserved.map(({ line, quantity, bookingId }) =>
            orderLines.create({
              sellerKind: line.sellerKind,
              sellerId: line.sellerId,
              offerKind: line.offerKind,
              categoryId: line.categoryId,
              bookingId,
              orderId,
              variantId: line.variantId,
              productId: line.productId,
              productName: line.productName,
              variantName: line.variantName,
              sku: line.sku,
              unitPriceMinor: line.priceMinor,
              quantity,
              lineTotalMinor: line.priceMinor * quantity,
              currency: line.currency,
            }),
          ),
        );
        await this.carts.removeOrdered(
          viewer.accountId,
          reserved.map((r) => r.line.variantId),
        );
        await this.events.record(OrderEvents.placed, {
          actorId: viewer.accountId,
          subjectId: orderId,
          amount: { minor: totals.totalMinor, currency },
          payload: { lines: reserved.length, items: reserved.reduce((n, r) => n + r.quantity, 0) },
        });
        return orders.findOneByOrFail({ id: orderId });
      }),
    );

    // Outside any transaction: the provider is called with no rows locked. A replayed checkout whose
    // payment is not settled yet asks again, with the same idempotency key: still one payment.
    if (order.status === OrderStatus.PENDING_PAYMENT) {
      try {
        await this.payments.start({ id: order.id, totalMinor: order.totalMinor, currency: order.currency, description: `Order ${order.number}` });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`Order ${order.id} is placed but its payment could not be started: ${error.message}`);
        throw new DomainError(
          error.code,
          `Your order ${order.number} is placed and its items are held for you, but the payment could not be started. Please try again: you will not be charged twice.`,
        );
      }
    }
    const fresh = await this.connection.getRepository(Order).findOneByOrFail({ id: order.id });
    const payment = await this.payments.findByOrder(order.id);
    if (payment) return { order: fresh, payment: this.orders.paymentView(fresh, payment, viewer) };
    // Only a replay of an order that was cancelled before its payment ever started.
    return { order: fresh, payment: { provider: this.provider.name, status: 'PENDING', testMode: this.provider.testMode, clientSecret: null } };
  }

  /**
   * Unpaid orders hold their stock until they are paid or expire: an account may have only a few at
   * once, so nobody can hold a variant's whole stock with orders they never pay.
   */
  private async assertFewUnpaidOrders(accountId: string, reservationMinutes: number): Promise<void> {
    const unpaid = await this.connection.getRepository(Order).countBy({ accountId, status: OrderStatus.PENDING_PAYMENT });
    if (unpaid < MAX_UNPAID_ORDERS_PER_ACCOUNT) return;
    throw new DomainError(
      'TOO_MANY_UNPAID_ORDERS',
      `You have ${unpaid} orders waiting for payment. Pay for one of them before placing another; unpaid orders are cancelled ${reservationMinutes} minutes after they are placed.`,
    );
  }

  private findByCheckoutKey(accountId: string, checkoutKey: string): Promise<Order | null> {
    return this.connection.getRepository(Order).findOneBy({ accountId, checkoutKey });
  }

  /**
   * Inserts the order row with the checkout key. INSERT … ON CONFLICT DO NOTHING waits for a
   * concurrent transaction holding the same key; if that one commits, nothing is inserted here.
   */
  private async insertOrder(accountId: string, input: CheckoutInput): Promise<string> {
    const { address } = input;
    const inserted = await this.connection
      .getRepository(Order)
      .createQueryBuilder()
      .insert()
      .values({
        accountId,
        checkoutKey: input.checkoutKey,
        status: OrderStatus.PENDING_PAYMENT,
        currency: 'XXX',
        pricesIncludeTax: true,
        taxRateBp: 0,
        shippingMethodName: '',
        shipName: address.name,
        shipLine1: address.line1,
        shipLine2: address.line2 || null,
        shipCity: address.city,
        shipPostcode: address.postcode.trim().toUpperCase(),
        shipCountry: address.country,
      })
      // ON CONFLICT ON CONSTRAINT shop_order_checkout_key DO NOTHING: only the checkout key makes a
      // replay; an order number drawn twice fails loudly and the transaction runs again (withRetry).
      .orUpdate([], 'shop_order_checkout_key')
      .returning('id')
      .execute();
    const row = inserted.raw[0] as { id: string } | undefined;
    // Another request with this key got there first and committed: this one becomes a replay.
    if (!row) throw new CheckoutKeyTaken();
    return row.id;
  }

  private async withRetry<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (error instanceof CheckoutKeyTaken) {
          // The first submission committed meanwhile: run again to return its order.
          continue;
        }
        if (!(isRetryable(error) || isUniqueViolation(error, 'shop_order_number_key')) || attempt >= attempts) throw error;
      }
    }
  }
}

class CheckoutKeyTaken extends Error {}

/** Open (PENDING_PAYMENT) orders one account may have at once. */
export const MAX_UNPAID_ORDERS_PER_ACCOUNT = 3;

/** First key of the per-account checkout lock (pg_advisory_xact_lock(class, hashtext(account id))). */
const CHECKOUT_LOCK = 0x636b6f74;
