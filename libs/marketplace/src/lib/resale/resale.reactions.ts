import { Injectable } from '@nestjs/common';
import { BuildEvents } from '@flagship/community';
import { ReactTo, type RecordedEvent } from '@flagship/events';
import { OrderEvents } from '@flagship/orders';
import { RoyaltyService } from './royalty.service';
import { UsedSaleService } from './used-sale.service';

/**
 * Resale follows orders and the community in their own transactions. Runs after OrderPartReactions
 * (the marketplace module lists resale's providers after order parts'), so the parts are PAID and
 * their sales booked when these run.
 */
@Injectable()
export class ResaleReactions {
  constructor(
    private readonly sales: UsedSaleService,
    private readonly royalties: RoyaltyService,
  ) {}

  @ReactTo(OrderEvents.paid)
  async paid(event: RecordedEvent<typeof OrderEvents.paid>): Promise<void> {
    await this.sales.markSold(event.subjectId, event.actorId ?? '');
    await this.royalties.postForOrder(event.subjectId, event.actorId ?? '');
  }

  @ReactTo(BuildEvents.accepted)
  async buildAccepted(event: RecordedEvent<typeof BuildEvents.accepted>): Promise<void> {
    await this.royalties.agree(event.payload.productId, event.payload.creatorId, event.payload.royaltyBp);
  }
}
