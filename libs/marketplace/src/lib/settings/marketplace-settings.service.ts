import { Injectable } from '@nestjs/common';
import { badInput } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { MarketplaceSettings } from './marketplace-settings.entity';

/** Reads (and, for brand managers, changes) the marketplace's single settings row. */
@Injectable()
export class MarketplaceSettingsService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The settings as they are now; the defaults when nobody has changed them. */
  async get(): Promise<MarketplaceSettings> {
    const repository = this.connection.getRepository(MarketplaceSettings);
    return (await repository.findOneBy({ id: 1 })) ?? repository.create({ id: 1, ...DEFAULTS });
  }

  /**
   * Writes the changed fields (undefined: unchanged; a floor or cap of null: none), each checked
   * against its range (BAD_USER_INPUT on the field), the floor never above the cap.
   */
  async update(changes: Partial<Omit<MarketplaceSettings, 'id'>>): Promise<MarketplaceSettings> {
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<Omit<MarketplaceSettings, 'id'>>;
    for (const [field, [min, max]] of Object.entries(RANGES)) {
      const value = defined[field as keyof typeof RANGES];
      if (value === undefined) continue;
      if (value === null || !Number.isInteger(value) || value < min || value > max) throw badInput(field, `Between ${min} and ${max}`);
    }
    for (const field of ['defaultCommissionFloorMinor', 'defaultCommissionCapMinor'] as const) {
      const value = defined[field];
      if (value !== undefined && value !== null && (!Number.isSafeInteger(value) || value < 0)) throw badInput(field, 'A whole amount of 0 or more (minor units), or none');
    }
    return this.connection.withTransaction(async () => {
      // The one row exists and is locked: two brand managers saving at once change it one after the other.
      await this.connection.manager.query(`INSERT INTO marketplace_settings (id) VALUES (1) ON CONFLICT DO NOTHING`);
      await this.connection.manager.query(`SELECT id FROM marketplace_settings WHERE id = 1 FOR UPDATE`);
      const current = await this.get();
      const next = this.connection.getRepository(MarketplaceSettings).merge(current, defined);
      if (next.defaultCommissionFloorMinor !== null && next.defaultCommissionCapMinor !== null && next.defaultCommissionFloorMinor > next.defaultCommissionCapMinor) {
        throw badInput('defaultCommissionCapMinor', 'The cap must not be below the floor');
      }
      return this.connection.getRepository(MarketplaceSettings).save(next);
    });
  }
}

const DEFAULTS: Omit<MarketplaceSettings, 'id'> = {
  defaultCommissionBp: 1500,
  defaultCommissionFloorMinor: null,
  defaultCommissionCapMinor: null,
  resaleFeeBp: 500,
  bookingHoldMinutes: 15,
  cancellationNoticeHours: 24,
  reviewRevealDays: 7,
  claimWindowDays: 2,
};

/** The allowed range of each whole-number setting. */
const RANGES = {
  defaultCommissionBp: [0, 10_000],
  resaleFeeBp: [0, 10_000],
  bookingHoldMinutes: [5, 120],
  cancellationNoticeHours: [0, 720],
  reviewRevealDays: [1, 60],
  claimWindowDays: [1, 30],
} as const;
