import { Injectable } from '@nestjs/common';
import { BuildEvents } from '@flagship/community';
import { ReactTo, type RecordedEvent } from '@flagship/events';
import { OrderEvents } from '@flagship/orders';
import { OrderPartService } from '../order-parts/order-part.service';
import { RoyaltyService } from './royalty.service';
import { UsedSaleService } from './used-sale.service';

/**
 * Resale follows orders and the community in their own transactions. The order's parts must be PAID
 * and their sales booked first: `markPaid` does that now if OrderPartReactions has not yet (it only
 * pays parts still unpaid, so whichever runs first, each sale is booked once), so nothing here depends
 * on the order the module lists its providers in.
 */
@Injectable()
export class ResaleReactions {
  constructor(
    private readonly sales: UsedSaleService,
    private readonly royalties: RoyaltyService,
    private readonly parts: OrderPartService,
  ) {}

  @ReactTo(OrderEvents.paid)
  async paid(event: RecordedEvent<typeof OrderEvents.paid>): Promise<void> {
    await this.parts.markPaid(event.subjectId);
    await this.sales.markSold(event.subjectId, event.actorId ?? '');
    await this.royalties.postForOrder(event.subjectId, event.actorId ?? '');
  }

  @ReactTo(BuildEvents.accepted)
  async buildAccepted(event: RecordedEvent<typeof BuildEvents.accepted>): Promise<void> {
    await this.royalties.agree(event.payload.productId, event.payload.creatorId, event.payload.royaltyBp);
  }
}
