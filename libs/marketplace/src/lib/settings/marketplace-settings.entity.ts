import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SafeInt } from '@flagship/api-core';
import { bigintNumber } from '@flagship/database';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The marketplace's rules a brand manager sets: one row (id 1). Read in the transaction that applies
 * them (commission when an order is placed, hold minutes when a slot is held), never cached in memory.
 */
@ObjectType({ description: 'How the marketplace works: commission, holds, cancellations, reviews and claims.' })
@Entity('marketplace_settings')
@Check('marketplace_settings_single_row', '"id" = 1')
export class MarketplaceSettings {
  @PrimaryColumn('integer', { primaryKeyConstraintName: 'marketplace_settings_pkey' })
  id!: number;

  @Field(() => Int, { description: 'Default commission on a seller’s goods, in basis points (1500 = 15 %), where no rule applies.' })
  @Column('integer', { name: 'default_commission_bp', default: 1500 })
  defaultCommissionBp!: number;

  @Field(() => SafeInt, { nullable: true, description: 'Default lowest commission per order part, in minor units.' })
  @Column('bigint', { name: 'default_commission_floor_minor', nullable: true, transformer: bigintNumber })
  defaultCommissionFloorMinor!: number | null;

  @Field(() => SafeInt, { nullable: true, description: 'Default highest commission per order part, in minor units.' })
  @Column('bigint', { name: 'default_commission_cap_minor', nullable: true, transformer: bigintNumber })
  defaultCommissionCapMinor!: number | null;

  @Field(() => Int, { description: 'The platform fee on used items sold by members, in basis points.' })
  @Column('integer', { name: 'resale_fee_bp', default: 500 })
  resaleFeeBp!: number;

  @Field(() => Int, { description: 'Minutes an unpaid slot hold lasts before the slot is freed.' })
  @Column('integer', { name: 'booking_hold_minutes', default: 15 })
  bookingHoldMinutes!: number;

  @Field(() => Int, { description: 'A booking cancelled at least this many hours before it starts is refunded in full; later, not at all.' })
  @Column('integer', { name: 'cancellation_notice_hours', default: 24 })
  cancellationNoticeHours!: number;

  @Field(() => Int, { description: 'Days after which a review of a booking is shown even if the other side has not written theirs.' })
  @Column('integer', { name: 'review_reveal_days', default: 7 })
  reviewRevealDays!: number;

  @Field(() => Int, { description: 'Days after delivery a buyer of a used item may open a claim before the funds go to the seller.' })
  @Column('integer', { name: 'claim_window_days', default: 2 })
  claimWindowDays!: number;
}
