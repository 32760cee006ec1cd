import { Injectable } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { DomainError } from '@flagship/api-core';

/**
 * The order-parts feature's refund of one part (`OrderPartRefundService.refund`, decision 0036): the
 * provider refund and the proportional reversal of the part's ledger sale, recorded together in the
 * caller's transaction. This is that contract, exactly.
 */
export interface PartRefunder {
  refund(input: { partId: string; amountMinor: number; idempotencyKey: string; reason: string; actorId: string | null }): Promise<unknown>;
}

/**
 * Finds `OrderPartRefundService` among the app's providers when first used. It is written in parallel
 * with this feature (issue 11); once both are on main this becomes a plain constructor injection.
 */
@Injectable()
export class BookingRefunds implements PartRefunder {
  private service: PartRefunder | null = null;

  constructor(private readonly modules: ModulesContainer) {}

  refund(input: Parameters<PartRefunder['refund']>[0]): Promise<unknown> {
    return this.resolve().refund(input);
  }

  private resolve(): PartRefunder {
    if (this.service) return this.service;
    for (const module of this.modules.values()) {
      for (const wrapper of module.providers.values()) {
        const metatype = wrapper.metatype as { name?: string } | null;
        if (metatype?.name === 'OrderPartRefundService' && wrapper.instance) {
          this.service = wrapper.instance as PartRefunder;
          return this.service;
        }
      }
    }
    throw new DomainError('REFUNDS_UNAVAILABLE', 'Refunds of order parts are not available yet; try again later');
  }
}
