import { Injectable } from '@nestjs/common';
import { SellerKind } from '@flagship/catalog';
import type { OrderLine } from '@flagship/orders';
import type { SellerRef } from '../ledger/ledger-accounts';
import { MarketplaceSettingsService } from '../settings/marketplace-settings.service';
import type { CommissionRule } from './split';

/**
 * Which commission applies to a seller's part of an order. The brand pays none on its own sales; a
 * member's used item pays the resale fee; a vendor pays the settings' default.
 * (Per-vendor and per-category rules extend `ruleFor`: the most specific rule wins.)
 */
@Injectable()
export class CommissionRules {
  constructor(private readonly settings: MarketplaceSettingsService) {}

  async ruleFor(seller: SellerRef, _lines: readonly Pick<OrderLine, 'categoryId' | 'lineTotalMinor'>[]): Promise<CommissionRule> {
    if (seller.kind === SellerKind.BRAND) return { bp: 0, floorMinor: null, capMinor: null };
    const settings = await this.settings.get();
    if (seller.kind === SellerKind.MEMBER) return { bp: settings.resaleFeeBp, floorMinor: null, capMinor: null };
    return { bp: settings.defaultCommissionBp, floorMinor: settings.defaultCommissionFloorMinor, capMinor: settings.defaultCommissionCapMinor };
  }
}
