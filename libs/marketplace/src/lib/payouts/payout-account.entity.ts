import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SellerKind } from '@flagship/catalog';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export enum PayoutAccountStatus {
  /** No connected account yet. */
  NOT_STARTED = 'NOT_STARTED',
  /** Created; the seller has not finished the provider's onboarding. */
  ONBOARDING = 'ONBOARDING',
  /** Onboarding done, but the provider does not allow transfers (yet, or any more). */
  RESTRICTED = 'RESTRICTED',
  /** Transfers to it are allowed: payouts go out. */
  ENABLED = 'ENABLED',
}
registerEnumType(PayoutAccountStatus, { name: 'PayoutAccountStatus' });

/**
 * A seller's connected account at a payment provider (decision 0041): a vendor organisation's or a
 * reselling member's. One per seller, provider and mode, so a seller onboarded in test mode onboards
 * again for live money. Its flags follow the provider's reports (`account.updated`).
 */
@Entity('payout_account')
@Unique('payout_account_seller_key', ['sellerKind', 'sellerId', 'provider', 'testMode'])
@Unique('payout_account_provider_account_key', ['provider', 'providerAccountId'])
export class PayoutAccount {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'payout_account_pkey' })
  id!: string;

  @Column({ type: 'enum', enum: SellerKind, enumName: 'seller_kind', name: 'seller_kind' })
  sellerKind!: SellerKind;

  @Column('uuid', { name: 'seller_id' })
  sellerId!: string;

  @Column('text')
  provider!: string;

  @Column('boolean', { name: 'test_mode' })
  testMode!: boolean;

  @Column('text', { name: 'provider_account_id' })
  providerAccountId!: string;

  @Column('boolean', { name: 'details_submitted', default: false })
  detailsSubmitted!: boolean;

  @Column('boolean', { name: 'transfers_enabled', default: false })
  transfersEnabled!: boolean;

  @Column('boolean', { name: 'payouts_enabled', default: false })
  payoutsEnabled!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

export function statusOfAccount(account: Pick<PayoutAccount, 'detailsSubmitted' | 'transfersEnabled'> | null): PayoutAccountStatus {
  if (!account) return PayoutAccountStatus.NOT_STARTED;
  if (account.transfersEnabled) return PayoutAccountStatus.ENABLED;
  return account.detailsSubmitted ? PayoutAccountStatus.RESTRICTED : PayoutAccountStatus.ONBOARDING;
}

/** A seller's payout set-up as the dashboard shows it. */
@ObjectType('SellerPayoutAccount', { description: 'How a seller is paid out: their connected account at the payment provider.' })
export class SellerPayoutAccount {
  @Field(() => PayoutAccountStatus)
  status!: PayoutAccountStatus;

  @Field({ description: 'The provider that pays out now: "stripe" or "offline-test".' })
  provider!: string;

  @Field({ description: 'Test mode: payouts are recorded, no money moves.' })
  testMode!: boolean;

  @Field({ description: 'The provider pays the seller’s balance out to their bank.' })
  payoutsEnabled!: boolean;
}
