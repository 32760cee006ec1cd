import { Injectable } from '@nestjs/common';
import { badInput, notFound } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { IsNull } from 'typeorm';
import { CommissionRuleEntry } from './commission-rule.entity';

export interface CommissionRuleInput {
  vendorId?: string | null;
  categoryId?: string | null;
  bp: number;
  floorMinor?: number | null;
  capMinor?: number | null;
}

/**
 * Brand managers' commission rules (CommissionRules applies them when an order is placed; parts already
 * placed keep theirs). Authorise before calling (MarketplaceSettingsPolicy 'manage').
 */
@Injectable()
export class CommissionRuleService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Every rule: vendor + category first, then per vendor, then per category; oldest first within. */
  async list(): Promise<CommissionRuleEntry[]> {
    const rules = await this.connection.getRepository(CommissionRuleEntry).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const rank = (rule: CommissionRuleEntry) => (rule.vendorId && rule.categoryId ? 0 : rule.vendorId ? 1 : 2);
    return rules.sort((a, b) => rank(a) - rank(b));
  }

  /** Creates the rule of this scope, or replaces it. */
  async set(input: CommissionRuleInput, actorId: string | null): Promise<CommissionRuleEntry> {
    const vendorId = input.vendorId ?? null;
    const categoryId = input.categoryId ?? null;
    if (!vendorId && !categoryId) throw badInput('vendorId', 'Choose a vendor, a category, or both');
    if (!Number.isInteger(input.bp) || input.bp < 0 || input.bp > 10_000) throw badInput('bp', 'Between 0 and 10000 basis points');
    for (const field of ['floorMinor', 'capMinor'] as const) {
      const value = input[field];
      if (value !== undefined && value !== null && (!Number.isSafeInteger(value) || value < 0)) throw badInput(field, 'A whole amount of 0 or more (minor units), or none');
    }
    const floorMinor = input.floorMinor ?? null;
    const capMinor = input.capMinor ?? null;
    if (floorMinor !== null && capMinor !== null && floorMinor > capMinor) throw badInput('capMinor', 'The cap must not be below the floor');
    return this.connection.withTransaction(async () => {
      if (vendorId && (await this.connection.manager.query(`SELECT 1 FROM vendor WHERE organisation_id = $1`, [vendorId])).length === 0) throw badInput('vendorId', 'No such vendor');
      if (categoryId && (await this.connection.manager.query(`SELECT 1 FROM category WHERE id = $1`, [categoryId])).length === 0) throw badInput('categoryId', 'No such category');
      const repository = this.connection.getRepository(CommissionRuleEntry);
      // One statement, so two managers setting the same scope at once leave one rule.
      await this.connection.manager.query(
        `INSERT INTO commission_rule (vendor_id, category_id, bp, floor_minor, cap_minor, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT ON CONSTRAINT commission_rule_scope_key DO UPDATE SET bp = EXCLUDED.bp, floor_minor = EXCLUDED.floor_minor, cap_minor = EXCLUDED.cap_minor, created_by = EXCLUDED.created_by, created_at = now()`,
        [vendorId, categoryId, input.bp, floorMinor, capMinor, actorId],
      );
      return repository.findOneByOrFail({ vendorId: vendorId ?? IsNull(), categoryId: categoryId ?? IsNull() });
    });
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.connection.getRepository(CommissionRuleEntry).delete({ id });
    if (!result.affected) throw notFound('Commission rule');
    return true;
  }

  /** Every vendor, by name: who a rule can name. */
  async vendorChoices(): Promise<{ id: string; name: string }[]> {
    return this.connection.manager.query(`SELECT organisation_id AS id, name FROM vendor ORDER BY name, organisation_id`);
  }

  /** Names for the editor: vendors' and categories' (one statement each). */
  async vendorNames(ids: readonly string[]): Promise<(string | null)[]> {
    const rows: { id: string; name: string }[] = await this.connection.manager.query(`SELECT organisation_id AS id, name FROM vendor WHERE organisation_id = ANY($1::uuid[])`, [[...ids]]);
    return ids.map((id) => rows.find((row) => row.id === id)?.name ?? null);
  }

  async categoryNames(ids: readonly string[]): Promise<(string | null)[]> {
    const rows: { id: string; name: string }[] = await this.connection.manager.query(`SELECT id, name FROM category WHERE id = ANY($1::uuid[])`, [[...ids]]);
    return ids.map((id) => rows.find((row) => row.id === id)?.name ?? null);
  }
}
