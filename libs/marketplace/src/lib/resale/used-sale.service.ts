import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, money, type Viewer } from '@flagship/api-core';
import { OfferKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { OrderLine } from '@flagship/orders';
import { In } from 'typeorm';
import { LedgerAccounts } from '../ledger/ledger-accounts';
import { LedgerTransactionKind } from '../ledger/ledger.entity';
import { LedgerService } from '../ledger/ledger.service';
import { Listing, ListingStatus } from '../listings/listing.entity';
import { FundsStatus, OrderPart, OrderPartStatus } from '../order-parts/order-part.entity';
import { OrderPartRefundService } from '../order-parts/order-part-refund.service';
import { OrderPartService } from '../order-parts/order-part.service';
import { remainingNet } from '../order-parts/split';
import { MarketplaceSettingsService } from '../settings/marketplace-settings.service';
import { Claim } from './claim.entity';
import { ClaimEvents, FundsEvents, UsedItemEvents } from './resale.events';
import { UsedSalePolicy } from './resale.policy';
import { ClaimOutcome, ClaimReason, ClaimStatus, UsedSaleStage } from './resale.types';
import { UsedItem } from './used-item.entity';
import { UsedSale } from './used-sale.types';

type ReleaseReason = 'CONFIRMED' | 'WINDOW_PASSED' | 'CLAIM_DECIDED';

/**
 * A used item's sale after payment (decision 0042): the foundation credits the seller's net to
 * `held:MEMBER:<id>` (fundsStatus HELD). The seller ships and marks it delivered, which starts the claim
 * window; the buyer's confirmation, the window passing (the release job) or a brand manager's decision
 * for the seller moves the money to `seller:MEMBER:<id>`. A claim in the window freezes it.
 */
@Injectable()
export class UsedSaleService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: LedgerService,
    private readonly settings: MarketplaceSettingsService,
    private readonly refunds: OrderPartRefundService,
    private readonly parts: OrderPartService,
    private readonly events: EventLog,
  ) {}

  /** The order was paid (a reaction after the foundation booked the sale): its used items are sold. */
  async markSold(orderId: string, buyerId: string): Promise<void> {
    const lines = await this.connection.getRepository(OrderLine).find({ where: { orderId, offerKind: OfferKind.USED } });
    if (!lines.length) return;
    const productIds = [...new Set(lines.map((line) => line.productId))];
    const items = await this.connection.getRepository(UsedItem).find({ where: { productId: In(productIds) }, lock: { mode: 'pessimistic_write' } });
    const parts = await this.connection.getRepository(OrderPart).findBy({ orderId });
    for (const item of items.filter((i) => !i.soldPartId)) {
      const part = parts.find((p) => p.sellerId === item.sellerId);
      if (!part) continue;
      await this.connection.getRepository(UsedItem).update({ productId: item.productId }, { soldPartId: part.id, soldAt: new Date() });
      await this.connection.getRepository(Listing).update({ productId: item.productId }, { status: ListingStatus.WITHDRAWN, reviewReason: 'Sold' });
      await this.events.record(UsedItemEvents.sold, {
        actorId: buyerId,
        subjectId: item.productId,
        amount: { minor: part.grossMinor, currency: part.currency },
        payload: { orderPartId: part.id, sellerId: item.sellerId },
      });
    }
  }

  async markShipped(viewer: Viewer, partId: string, tracking: string | null): Promise<UsedSale> {
    return this.connection.withTransaction(async () => {
      const { part, item } = await this.lockSale(viewer, partId, 'ship');
      if (part.status !== OrderPartStatus.PAID) throw new DomainError(ErrorCode.CONFLICT, 'Only a paid sale can be shipped', 'partId');
      if (item.deliveredAt) throw new DomainError(ErrorCode.CONFLICT, 'It is already delivered', 'partId');
      await this.connection.getRepository(UsedItem).update({ productId: item.productId }, { shippedAt: item.shippedAt ?? new Date(), trackingCode: tracking ?? item.trackingCode });
      await this.events.record(UsedItemEvents.shipped, { actorId: viewer.accountId, subjectId: item.productId, payload: { orderPartId: part.id, tracking } });
      return this.served(viewer, partId);
    });
  }

  /** Seller or buyer: it arrived. The claim window (settings, 2 days by default) starts now. */
  async markDelivered(viewer: Viewer, partId: string, now = new Date()): Promise<UsedSale> {
    return this.connection.withTransaction(async () => {
      const { part, item } = await this.lockSale(viewer, partId, 'deliver');
      if (part.status !== OrderPartStatus.PAID || part.fundsStatus !== FundsStatus.HELD) throw new DomainError(ErrorCode.CONFLICT, 'This sale is already settled', 'partId');
      if (item.deliveredAt) return this.served(viewer, partId);
      const { claimWindowDays } = await this.settings.get();
      const releaseAfter = new Date(now.getTime() + claimWindowDays * 86_400_000);
      await this.connection.getRepository(UsedItem).update({ productId: item.productId }, { deliveredAt: now, shippedAt: item.shippedAt ?? now });
      await this.connection.getRepository(OrderPart).update({ id: part.id }, { releaseAfter });
      await this.events.record(UsedItemEvents.delivered, { actorId: viewer.accountId, subjectId: item.productId, payload: { orderPartId: part.id, releaseAfter: releaseAfter.toISOString() } });
      return this.served(viewer, partId);
    });
  }

  /** The buyer confirms receipt: the money goes to the seller now. */
  async confirmReceived(viewer: Viewer, partId: string): Promise<UsedSale> {
    return this.connection.withTransaction(async () => {
      const { part, item } = await this.lockSale(viewer, partId, 'receive');
      if (part.fundsStatus !== FundsStatus.HELD) throw new DomainError(ErrorCode.CONFLICT, 'This sale is already settled or under a claim', 'partId');
      const now = new Date();
      await this.connection.getRepository(UsedItem).update({ productId: item.productId }, { receivedAt: now, deliveredAt: item.deliveredAt ?? now, shippedAt: item.shippedAt ?? now });
      await this.release(part, 'CONFIRMED', viewer.accountId);
      return this.served(viewer, partId);
    });
  }

  /** The buyer opens a claim while the money is held and the window has not passed: it freezes. */
  async openClaim(viewer: Viewer, partId: string, reason: ClaimReason, details: string, now = new Date()): Promise<Claim> {
    return this.connection.withTransaction(async () => {
      const { part, item } = await this.lockSale(viewer, partId, 'receive');
      const windowOpen = part.fundsStatus === FundsStatus.HELD && (!part.releaseAfter || part.releaseAfter.getTime() > now.getTime());
      if (!windowOpen) throw new DomainError('CLAIM_WINDOW_CLOSED', 'The claim window for this sale has closed', 'partId');
      const claims = this.connection.getRepository(Claim);
      const claim = await claims.save(
        claims.create({ orderPartId: part.id, productId: item.productId, buyerId: part.buyerId, sellerId: item.sellerId, reason, details, status: ClaimStatus.OPEN }),
      );
      await this.connection.getRepository(OrderPart).update({ id: part.id }, { fundsStatus: FundsStatus.FROZEN });
      await this.events.record(ClaimEvents.opened, { actorId: viewer.accountId, subjectId: claim.id, payload: { orderPartId: part.id, reason } });
      return claim;
    });
  }

  /**
   * A brand manager decides an open claim: release to the seller, or refund the buyer through the
   * order part's refund. A refund asks the payment provider, so it never runs inside a transaction:
   * (1) the claim is checked open, (2) the part is refunded with a key per claim (its reversal, taken
   * from the held account, is posted with the refund's success), (3) the claim is marked decided. A
   * failure in (2) leaves the claim open: deciding again uses the same key, so nothing happens twice.
   */
  async decideClaim(viewer: Viewer, claimId: string, outcome: ClaimOutcome, note: string): Promise<Claim> {
    UsedSalePolicy.authorize(viewer, 'decide', { sellerId: '', buyerId: '' });
    if (outcome === ClaimOutcome.RELEASE_TO_SELLER) {
      return this.connection.withTransaction(async () => {
        const { claim, part } = await this.lockOpenClaim(claimId);
        await this.release(part, 'CLAIM_DECIDED', viewer.accountId);
        return this.markDecided(viewer, claim, part, outcome, note);
      });
    }
    // The part stays FROZEN until the claim is decided, so neither the release job nor payouts touch it;
    // the refund's reversal takes the net back from the held account (OrderPartService.recordRefund).
    const { part } = await this.connection.withTransaction(() => this.lockOpenClaim(claimId));
    if (part.grossMinor - part.refundedMinor > 0) {
      await this.refunds.refund({
        partId: part.id,
        amountMinor: part.grossMinor - part.refundedMinor,
        idempotencyKey: `claim-refund:${claimId}`,
        reason: `Claim decided for the buyer: ${note}`,
        actorId: viewer.accountId,
      });
    }
    return this.connection.withTransaction(async () => {
      const locked = await this.lockOpenClaim(claimId);
      await this.connection.getRepository(OrderPart).update({ id: locked.part.id }, { fundsStatus: FundsStatus.NONE });
      return this.markDecided(viewer, locked.claim, locked.part, outcome, note);
    });
  }

  /** An open claim and its sale, both locked for the rest of the transaction. */
  private async lockOpenClaim(claimId: string): Promise<{ claim: Claim; part: OrderPart }> {
    const claim = await this.connection.getRepository(Claim).findOne({ where: { id: claimId }, lock: { mode: 'pessimistic_write' } });
    if (!claim) throw new DomainError(ErrorCode.NOT_FOUND, 'There is no such claim', 'claimId');
    if (claim.status !== ClaimStatus.OPEN) throw new DomainError(ErrorCode.CONFLICT, 'This claim is already decided', 'claimId');
    const part = await this.lockPart(claim.orderPartId);
    if (!part) throw new DomainError(ErrorCode.NOT_FOUND, 'There is no such sale', 'claimId');
    return { claim, part };
  }

  private async markDecided(viewer: Viewer, claim: Claim, part: OrderPart, outcome: ClaimOutcome, note: string): Promise<Claim> {
    await this.connection.getRepository(Claim).update({ id: claim.id }, { status: ClaimStatus.DECIDED, outcome, decisionNote: note, decidedBy: viewer.accountId, decidedAt: new Date() });
    await this.events.record(ClaimEvents.decided, { actorId: viewer.accountId, subjectId: claim.id, payload: { orderPartId: part.id, outcome } });
    return this.connection.getRepository(Claim).findOneByOrFail({ id: claim.id });
  }

  /** Releases every held part whose window passed (the job); each in its own transaction, skipping parts others hold. */
  async releaseDue(now = new Date()): Promise<string[]> {
    const due: { id: string }[] = await this.connection.query(
      `SELECT id FROM order_part WHERE funds_status = 'HELD' AND release_after IS NOT NULL AND release_after <= $1 ORDER BY release_after LIMIT 500`,
      [now],
    );
    const released: string[] = [];
    for (const { id } of due) {
      const done = await this.connection.withTransaction(async () => {
        const part = await this.connection
          .getRepository(OrderPart)
          .createQueryBuilder('p')
          .setLock('pessimistic_write')
          .setOnLocked('skip_locked')
          .where('p.id = :id', { id })
          .getOne();
        // Checked again under the lock: a claim or a confirmation may have come first.
        if (!part || part.fundsStatus !== FundsStatus.HELD || part.status !== OrderPartStatus.PAID || !part.releaseAfter || part.releaseAfter > now) return false;
        if (((await this.parts.pendingOf([part.id])).get(part.id) ?? 0) > 0) return false;
        await this.release(part, 'WINDOW_PASSED', null);
        return true;
      });
      if (done) released.push(id);
    }
    return released;
  }

  /**
   * Held → seller, once (idempotency key), part FULFILLED and RELEASED. Only what the refunds left
   * (`remainingNet`), only for a part still PAID, and never while a part refund is in flight: the
   * refund's reversal takes its share from the held account when it succeeds.
   */
  private async release(part: OrderPart, why: ReleaseReason, actorId: string | null): Promise<void> {
    if (part.status !== OrderPartStatus.PAID) throw new DomainError(ErrorCode.CONFLICT, 'This sale was cancelled or refunded: there is nothing to release', 'partId');
    if (((await this.parts.pendingOf([part.id])).get(part.id) ?? 0) > 0) {
      throw new DomainError(ErrorCode.CONFLICT, 'A refund of this sale is under way; try again once it is done', 'partId');
    }
    const amount = remainingNet(part);
    const seller = { kind: part.sellerKind, id: part.sellerId };
    await this.ledger.post({
      kind: LedgerTransactionKind.RELEASE,
      idempotencyKey: `release:${part.id}`,
      memo: `Held funds of order part ${part.id} released (${why.toLowerCase().replace('_', ' ')})`,
      currency: part.currency,
      orderId: part.orderId,
      orderPartId: part.id,
      entries: [
        { account: LedgerAccounts.held(seller), amountMinor: -amount },
        { account: LedgerAccounts.seller(seller), amountMinor: amount },
      ],
    });
    const now = new Date();
    await this.connection
      .getRepository(OrderPart)
      .update({ id: part.id }, { fundsStatus: FundsStatus.RELEASED, status: OrderPartStatus.FULFILLED, fulfilledAt: part.fulfilledAt ?? now });
    await this.events.record(FundsEvents.released, {
      actorId,
      subjectId: part.id,
      amount: { minor: amount, currency: part.currency },
      payload: { sellerId: part.sellerId ?? '', why },
    });
  }

  /** One sale served to a viewer already authorised for what they did to it. */
  private async served(viewer: Viewer, partId: string): Promise<UsedSale> {
    const item = await this.connection.getRepository(UsedItem).findOneByOrFail({ soldPartId: partId });
    const part = await this.connection.getRepository(OrderPart).findOneByOrFail({ id: partId });
    const [served] = await this.serve(viewer, [item], [part]);
    return served;
  }

  /** The viewer's sales as a seller, newest first. */
  async mySales(viewer: Viewer): Promise<UsedSale[]> {
    const items = await this.connection
      .getRepository(UsedItem)
      .createQueryBuilder('u')
      .where('u.seller_id = :id AND u.sold_part_id IS NOT NULL', { id: viewer.accountId })
      .orderBy('u.sold_at', 'DESC')
      .getMany();
    return this.serveItems(viewer, items);
  }

  /** Used items bought on an order, those the viewer may see (its buyer, their sellers, brand managers): the order page. */
  async ofOrder(viewer: Viewer, orderId: string): Promise<UsedSale[]> {
    const parts = await this.connection.getRepository(OrderPart).findBy({ orderId });
    if (!parts.length) return [];
    const items = await this.connection.getRepository(UsedItem).findBy({ soldPartId: In(parts.map((p) => p.id)) });
    const visible = items.filter((item) => {
      const part = parts.find((p) => p.id === item.soldPartId);
      return !!part && UsedSalePolicy.can(viewer, 'read', { sellerId: item.sellerId, buyerId: part.buyerId });
    });
    return this.serve(viewer, visible, parts);
  }

  /** Open claims, oldest first, with their sales (brand managers). */
  async claimQueue(viewer: Viewer, includeDecided: boolean): Promise<UsedSale[]> {
    UsedSalePolicy.authorize(viewer, 'decide', { sellerId: '', buyerId: '' });
    const claims = await this.connection.getRepository(Claim).find({
      where: includeDecided ? {} : { status: ClaimStatus.OPEN },
      order: { createdAt: includeDecided ? 'DESC' : 'ASC' },
      take: 200,
    });
    if (!claims.length) return [];
    const items = await this.connection.getRepository(UsedItem).findBy({ soldPartId: In(claims.map((c) => c.orderPartId)) });
    const byPart = new Map(items.map((i) => [i.soldPartId, i]));
    return this.serveItems(viewer, claims.flatMap((c) => byPart.get(c.orderPartId) ?? []));
  }

  private async serveItems(viewer: Viewer, items: UsedItem[]): Promise<UsedSale[]> {
    if (!items.length) return [];
    const parts = await this.connection.getRepository(OrderPart).findBy({ id: In(items.map((i) => i.soldPartId as string)) });
    return this.serve(viewer, items, parts);
  }

  private async serve(viewer: Viewer, items: UsedItem[], parts: OrderPart[]): Promise<UsedSale[]> {
    const claims = items.length ? await this.connection.getRepository(Claim).findBy({ orderPartId: In(items.map((i) => i.soldPartId as string)) }) : [];
    const now = Date.now();
    return items.flatMap((item) => {
      const part = parts.find((p) => p.id === item.soldPartId);
      if (!part) return [];
      const claim = claims.find((c) => c.orderPartId === part.id) ?? null;
      const isSeller = item.sellerId === viewer.accountId;
      const seesNet = isSeller || UsedSalePolicy.can(viewer, 'decide', { sellerId: '', buyerId: '' });
      const sale = new UsedSale();
      Object.assign(sale, {
        partId: part.id,
        orderId: part.orderId,
        item,
        stage: stageOf(item, part, claim),
        partStatus: part.status,
        fundsStatus: part.fundsStatus,
        paid: money(part.grossMinor, part.currency),
        sellerNet: seesNet ? money(part.netMinor, part.currency) : null,
        shippedAt: item.shippedAt,
        trackingCode: item.trackingCode,
        deliveredAt: item.deliveredAt,
        releaseAfter: part.releaseAfter,
        receivedAt: item.receivedAt,
        claim,
        viewerIsSeller: isSeller,
        viewerIsBuyer: part.buyerId === viewer.accountId,
        claimable: part.fundsStatus === FundsStatus.HELD && (!part.releaseAfter || part.releaseAfter.getTime() > now),
      });
      return [sale];
    });
  }

  private async lockSale(viewer: Viewer, partId: string, action: 'ship' | 'deliver' | 'receive'): Promise<{ part: OrderPart; item: UsedItem }> {
    const part = await this.lockPart(partId);
    const item = part ? await this.connection.getRepository(UsedItem).findOneBy({ soldPartId: part.id }) : null;
    if (!part || !item) throw new DomainError(ErrorCode.NOT_FOUND, 'There is no such sale', 'partId');
    UsedSalePolicy.authorize(viewer, action, { sellerId: item.sellerId, buyerId: part.buyerId }, { field: 'partId' });
    return { part, item };
  }

  private lockPart(partId: string): Promise<OrderPart | null> {
    return this.connection.getRepository(OrderPart).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id: partId }).getOne();
  }
}

function stageOf(item: UsedItem, part: OrderPart, claim: Claim | null): UsedSaleStage {
  if (part.status === OrderPartStatus.REFUNDED || claim?.outcome === ClaimOutcome.REFUND_BUYER) return UsedSaleStage.REFUNDED;
  if (part.fundsStatus === FundsStatus.RELEASED) return UsedSaleStage.RELEASED;
  if (part.fundsStatus === FundsStatus.FROZEN) return UsedSaleStage.CLAIMED;
  if (item.deliveredAt) return UsedSaleStage.DELIVERED;
  if (item.shippedAt) return UsedSaleStage.SHIPPED;
  return UsedSaleStage.PAID;
}
