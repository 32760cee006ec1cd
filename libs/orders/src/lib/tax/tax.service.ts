import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import type { ShopSettingsInput } from './dto/tax.inputs';
import { ShopSettings } from './shop-settings.entity';
import { TaxRate } from './tax-rate.entity';

@Injectable()
export class TaxService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The rate for a destination, or null when the shop does not ship there. */
  async rateFor(country: string): Promise<number | null> {
    return (await this.connection.getRepository(TaxRate).findOneBy({ country }))?.rateBp ?? null;
  }

  rates(): Promise<TaxRate[]> {
    return this.connection.getRepository(TaxRate).find({ order: { country: 'ASC' } });
  }

  async setRate(country: string, rateBp: number): Promise<TaxRate> {
    await this.connection.getRepository(TaxRate).upsert({ country, rateBp }, ['country']);
    return { country, rateBp };
  }

  async removeRate(country: string): Promise<boolean> {
    const removed = ((await this.connection.getRepository(TaxRate).delete({ country })).affected ?? 0) > 0;
    if (!removed) throw new DomainError(ErrorCode.NOT_FOUND, `The shop does not ship to ${country}`, 'country');
    return true;
  }

  /** The settings row, with defaults until a brand manager changes them. */
  async settings(): Promise<ShopSettings> {
    const repository = this.connection.getRepository(ShopSettings);
    return (await repository.findOneBy({ id: 1 })) ?? repository.create({ id: 1, pricesIncludeTax: true, reservationMinutes: 30 });
  }

  async updateSettings(input: ShopSettingsInput): Promise<ShopSettings> {
    const current = await this.settings();
    const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) };
    await this.connection.getRepository(ShopSettings).upsert(next, ['id']);
    return this.settings();
  }
}
