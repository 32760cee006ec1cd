import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, MAX_AMOUNT_MINOR, badInput, money, type Viewer } from '@flagship/api-core';
import { OfferKind, ProductVariantService } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { CartLine } from './cart-line.entity';
import { MAX_LINE_QUANTITY, type Cart, type CartItem, type CartLineInput } from './dto/cart.types';

/** Carts hold what the shopper may buy (`ProductPolicy.buy`, asked with the shopper as viewer): anything else is refused or left out. */
@Injectable()
export class CartService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly variants: ProductVariantService,
  ) {}

  async get(viewer: Viewer): Promise<Cart> {
    const lines = await this.connection.getRepository(CartLine).find({ where: { accountId: viewer.accountId }, order: { addedAt: 'ASC' } });
    return this.price(viewer, lines);
  }

  /** Prices lines that are not stored: a signed-out visitor's browser cart. */
  async preview(viewer: Viewer | undefined, lines: CartLineInput[]): Promise<Cart> {
    return this.withinLimit(await this.price(viewer, lines), 'lines');
  }

  async add(viewer: Viewer, variantId: string, quantity: number): Promise<Cart> {
    const { accountId } = viewer;
    await this.requireSellable(viewer, variantId);
    const before = await this.totalOf(viewer);
    await this.connection.manager.query(
      `INSERT INTO cart_line (account_id, variant_id, quantity) VALUES ($1, $2, $3)
       ON CONFLICT (account_id, variant_id) DO UPDATE SET quantity = least(cart_line.quantity + EXCLUDED.quantity, ${MAX_LINE_QUANTITY})`,
      [accountId, variantId, quantity],
    );
    return this.withinLimit(await this.get(viewer), 'quantity', before);
  }

  /** Sets a line's quantity; 0 removes it. */
  async setQuantity(viewer: Viewer, variantId: string, quantity: number): Promise<Cart> {
    const { accountId } = viewer;
    const lines = this.connection.getRepository(CartLine);
    const before = await this.totalOf(viewer);
    if (quantity === 0) {
      await lines.delete({ accountId, variantId });
    } else {
      await this.requireSellable(viewer, variantId);
      await lines.upsert({ accountId, variantId, quantity }, ['accountId', 'variantId']);
    }
    return this.withinLimit(await this.get(viewer), 'quantity', before);
  }

  /**
   * Folds a visitor's browser cart into the account at sign-in. For a variant in both, the larger
   * quantity wins, so merging the same browser cart twice changes nothing. Lines for products no
   * longer sold are dropped.
   */
  async merge(viewer: Viewer, incoming: CartLineInput[]): Promise<Cart> {
    const { accountId } = viewer;
    const before = await this.totalOf(viewer);
    const sellable = new Set((await this.variants.findSellable(viewer, incoming.map((l) => l.variantId))).map((v) => v.variant.id));
    for (const line of incoming.filter((l) => sellable.has(l.variantId))) {
      await this.connection.manager.query(
        `INSERT INTO cart_line (account_id, variant_id, quantity) VALUES ($1, $2, $3)
         ON CONFLICT (account_id, variant_id) DO UPDATE SET quantity = greatest(cart_line.quantity, EXCLUDED.quantity)`,
        [accountId, line.variantId, line.quantity],
      );
    }
    return this.withinLimit(await this.get(viewer), 'lines', before);
  }

  /**
   * Adds several lines in one go, as `add` adds one (quantities add up, to the line maximum). Lines
   * of variants no longer sold are left out rather than failing the rest: the answer shows what is in.
   */
  async addMany(viewer: Viewer, incoming: CartLineInput[]): Promise<Cart> {
    const { accountId } = viewer;
    const before = await this.totalOf(viewer);
    const sellable = new Set((await this.variants.findSellable(viewer, incoming.map((l) => l.variantId))).map((v) => v.variant.id));
    for (const line of incoming.filter((l) => sellable.has(l.variantId))) {
      await this.connection.manager.query(
        `INSERT INTO cart_line (account_id, variant_id, quantity) VALUES ($1, $2, $3)
         ON CONFLICT (account_id, variant_id) DO UPDATE SET quantity = least(cart_line.quantity + EXCLUDED.quantity, ${MAX_LINE_QUANTITY})`,
        [accountId, line.variantId, line.quantity],
      );
    }
    return this.withinLimit(await this.get(viewer), 'lines', before);
  }

  async clear(accountId: string): Promise<void> {
    await this.connection.getRepository(CartLine).delete({ accountId });
  }

  /** The stored lines, for checkout. */
  lines(accountId: string): Promise<CartLine[]> {
    return this.connection.getRepository(CartLine).find({ where: { accountId }, order: { addedAt: 'ASC' } });
  }

  /**
   * The stored lines, locked until the caller's transaction ends (call it inside one): a concurrent
   * change to one of them waits for the checkout instead of being lost with it.
   */
  linesForCheckout(accountId: string): Promise<CartLine[]> {
    return this.connection
      .getRepository(CartLine)
      .createQueryBuilder('l')
      .setLock('pessimistic_write')
      .where('l.account_id = :accountId', { accountId })
      .orderBy('l.variant_id', 'ASC')
      .getMany();
  }

  /**
   * Puts a held slot of a service into the account's cart (the marketplace calls it in the transaction
   * that holds the slot). One booking per service per cart: picking another slot replaces the line,
   * and the previous booking id is returned for its hold to be released.
   */
  async putBooking(accountId: string, variantId: string, bookingId: string, seats: number): Promise<{ replacedBookingId: string | null }> {
    const [previous]: { booking_id: string | null }[] = await this.connection.manager.query(
      `SELECT booking_id FROM cart_line WHERE account_id = $1 AND variant_id = $2 FOR UPDATE`,
      [accountId, variantId],
    );
    await this.connection.manager.query(
      `INSERT INTO cart_line (account_id, variant_id, quantity, booking_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (account_id, variant_id) DO UPDATE SET quantity = EXCLUDED.quantity, booking_id = EXCLUDED.booking_id`,
      [accountId, variantId, seats, bookingId],
    );
    return { replacedBookingId: previous?.booking_id && previous.booking_id !== bookingId ? previous.booking_id : null };
  }

  /** Removes the lines that were ordered, leaving anything added meanwhile. */
  async removeOrdered(accountId: string, variantIds: string[]): Promise<void> {
    if (variantIds.length) await this.connection.getRepository(CartLine).delete({ accountId, variantId: In(variantIds) });
  }

  /**
   * Refuses a change that makes a cart's total more than an amount carries exactly (2^53 - 1 minor
   * units, decision 0016): it could be neither shown in full nor ordered. A cart already over it
   * (prices rose) may still shrink. Inside a mutation the refusal rolls the change back.
   */
  private withinLimit(cart: Cart, field: string, before = 0): Cart {
    const total = totalOf(cart.items);
    if (total > MAX_AMOUNT_MINOR && total > before) throw badInput(field, 'This cart is too large; lower the quantities');
    return cart;
  }

  private async totalOf(viewer: Viewer): Promise<number> {
    return totalOf((await this.get(viewer)).items);
  }

  private async requireSellable(viewer: Viewer, variantId: string): Promise<void> {
    const [found] = await this.variants.findSellable(viewer, [variantId]);
    if (!found) throw new DomainError(ErrorCode.NOT_FOUND, 'This product is not for sale', 'variantId');
    // A service is bought by booking a slot (the marketplace puts the line in with its booking).
    if (found.product.offerKind === OfferKind.SERVICE) throw badInput('variantId', 'Pick a time on the service’s page to book it');
  }

  private async price(viewer: Viewer | undefined, lines: { variantId: string; quantity: number; bookingId?: string | null }[]): Promise<Cart> {
    const found = new Map((await this.variants.findSellable(viewer, lines.map((l) => l.variantId))).map((f) => [f.variant.id, f]));
    const items: CartItem[] = [];
    for (const line of lines) {
      const entry = found.get(line.variantId);
      if (!entry) continue;
      const { variant, product } = entry;
      items.push({
        variant,
        product,
        quantity: line.quantity,
        unitPrice: money(variant.priceMinor, variant.currency),
        lineTotal: money(variant.priceMinor * line.quantity, variant.currency),
        // A service's places are its slot's, held with the booking.
        available: product.offerKind === OfferKind.SERVICE ? !!line.bookingId : variant.stock >= line.quantity,
        bookingId: line.bookingId ?? null,
      });
    }
    const currency = items[0]?.unitPrice.currency;
    const total = totalOf(items);
    return {
      items,
      itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
      // A stored cart can outgrow an amount when prices rise after it was filled: it still shows, without
      // a subtotal, and checkout refuses it until quantities are lowered.
      subtotal: currency && total <= MAX_AMOUNT_MINOR ? money(total, currency) : null,
    };
  }
}

const totalOf = (items: CartItem[]) => items.reduce((sum, item) => sum + item.lineTotal.amountMinor, 0);
