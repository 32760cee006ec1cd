import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ClaimOutcome, ClaimReason, ClaimStatus } from './resale.types';

/**
 * A buyer's claim on a used item's sale, opened within the claim window: it freezes the held funds
 * until a brand manager refunds the buyer or releases them to the seller. One claim per sale.
 */
@ObjectType({ description: 'A buyer’s claim on a used item; the held funds stay frozen until a brand manager decides.' })
@Entity('claim')
@Unique('claim_order_part_key', ['orderPartId'])
@Index('claim_queue_idx', ['status', 'createdAt'])
export class Claim {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'claim_pkey' })
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'order_part_id' })
  orderPartId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('uuid', { name: 'buyer_id' })
  buyerId!: string;

  @Column('uuid', { name: 'seller_id' })
  sellerId!: string;

  @Field(() => ClaimReason)
  @Column({ type: 'enum', enum: ClaimReason, enumName: 'claim_reason' })
  reason!: ClaimReason;

  @Field()
  @Column('text')
  details!: string;

  @Field(() => ClaimStatus)
  @Column({ type: 'enum', enum: ClaimStatus, enumName: 'claim_status', default: ClaimStatus.OPEN })
  status!: ClaimStatus;

  @Field(() => ClaimOutcome, { nullable: true })
  @Column({ type: 'enum', enum: ClaimOutcome, enumName: 'claim_outcome', nullable: true })
  outcome!: ClaimOutcome | null;

  @Field(() => String, { nullable: true })
  @Column('text', { name: 'decision_note', nullable: true })
  decisionNote!: string | null;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
