import { Injectable } from '@nestjs/common';
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

  /** Writes the changed fields (callers validate them: see UpdateMarketplaceSettingsInput). */
  async update(changes: Partial<Omit<MarketplaceSettings, 'id'>>): Promise<MarketplaceSettings> {
    return this.connection.withTransaction(async () => {
      const current = await this.get();
      const next = this.connection.getRepository(MarketplaceSettings).merge(current, changes);
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
