import { Injectable } from '@nestjs/common';
import { SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import type { OrderLine } from '@flagship/orders';
import { In, IsNull } from 'typeorm';
import type { SellerRef } from '../ledger/ledger-accounts';
import { CommissionRuleEntry } from '../settings/commission-rule.entity';
import { MarketplaceSettingsService } from '../settings/marketplace-settings.service';
import type { CommissionRule, RuledGoods } from './split';

type RuledLine = Pick<OrderLine, 'categoryId' | 'lineTotalMinor'>;

/**
 * Which commission applies to a seller's part of an order. The brand pays none on its own sales; a
 * member's used item pays the resale fee; a vendor's line pays the most specific rule a brand manager
 * set (vendor + category, then vendor, then category), else the settings' default.
 *
 * A part whose lines fall in several categories can meet several rules: each rule applies to its own
 * lines (`rulesFor` groups them; `commissionOnGroups` sums the commissions, each with its floor and
 * cap), so a category's rule means the same whatever else is in the cart.
 */
@Injectable()
export class CommissionRules {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly settings: MarketplaceSettingsService,
  ) {}

  /** The part's goods grouped by the rule that applies to each line (in a fixed order). */
  async rulesFor(seller: SellerRef, lines: readonly RuledLine[]): Promise<RuledGoods[]> {
    const goods = lines.reduce((sum, line) => sum + line.lineTotalMinor, 0);
    if (seller.kind === SellerKind.BRAND) return [{ rule: { bp: 0, floorMinor: null, capMinor: null }, goodsMinor: goods }];
    const settings = await this.settings.get();
    if (seller.kind === SellerKind.MEMBER) return [{ rule: { bp: settings.resaleFeeBp, floorMinor: null, capMinor: null }, goodsMinor: goods }];
    const fallback: CommissionRule = { bp: settings.defaultCommissionBp, floorMinor: settings.defaultCommissionFloorMinor, capMinor: settings.defaultCommissionCapMinor };
    const vendorId = seller.id;
    if (!vendorId) throw new Error('A vendor seller needs an id');
    const categoryIds = [...new Set(lines.map((line) => line.categoryId).filter((id): id is string => !!id))];
    const rules = await this.connection.getRepository(CommissionRuleEntry).find({
      where: [{ vendorId, categoryId: IsNull() }, ...(categoryIds.length ? [{ vendorId, categoryId: In(categoryIds) }, { vendorId: IsNull(), categoryId: In(categoryIds) }] : [])],
    });
    const pick = (categoryId: string | null): { key: string; rule: CommissionRule } => {
      const found =
        (categoryId && rules.find((r) => r.vendorId === vendorId && r.categoryId === categoryId)) ||
        rules.find((r) => r.vendorId === vendorId && r.categoryId === null) ||
        (categoryId && rules.find((r) => r.vendorId === null && r.categoryId === categoryId)) ||
        null;
      return found ? { key: found.id, rule: { bp: found.bp, floorMinor: found.floorMinor, capMinor: found.capMinor } } : { key: 'default', rule: fallback };
    };
    const groups = new Map<string, RuledGoods>();
    for (const line of lines) {
      const { key, rule } = pick(line.categoryId ?? null);
      const group = groups.get(key) ?? { rule, goodsMinor: 0 };
      group.goodsMinor += line.lineTotalMinor;
      groups.set(key, group);
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, group]) => group);
  }

  /** The rule applying to most of the part's goods (one rule for most parts): for display and the record. */
  async ruleFor(seller: SellerRef, lines: readonly RuledLine[]): Promise<CommissionRule> {
    const groups = await this.rulesFor(seller, lines);
    return groups.reduce((best, group) => (group.goodsMinor > best.goodsMinor ? group : best), groups[0]).rule;
  }
}
