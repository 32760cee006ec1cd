import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A member's confirmation that they are an adult, required before they list a used item or receive a
 * payout. The payouts feature reads this table by SQL: keep its shape
 * (`seller_attestation(account_id uuid PK, adult_confirmed_at timestamptz NOT NULL)`).
 */
@ObjectType({ description: 'The viewer’s confirmation that they are an adult (needed to sell used items and receive payouts).' })
@Entity('seller_attestation')
export class SellerAttestation {
  @PrimaryColumn('uuid', { name: 'account_id', primaryKeyConstraintName: 'seller_attestation_pkey' })
  accountId!: string;

  @Field()
  @Column('timestamptz', { name: 'adult_confirmed_at' })
  adultConfirmedAt!: Date;
}
