import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SafeInt } from '@flagship/api-core';
import { OfferKind, Product, SellerKind } from '@flagship/catalog';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';

export enum ListingStatus {
  /** Waiting for a brand manager's first decision: not public. */
  PENDING_REVIEW = 'PENDING_REVIEW',
  /** Public (its product PUBLISHED). A pending revision may wait beside it. */
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  /** Taken off sale by its seller (or sold, for a used item). */
  WITHDRAWN = 'WITHDRAWN',
  /** A used item blocked because its frame serial is on the stolen-bike list. */
  BLOCKED = 'BLOCKED',
}
registerEnumType(ListingStatus, { name: 'ListingStatus' });

/** A change of price or title waiting for review while the approved version stays on sale. */
@ObjectType({ description: 'Changes to an approved listing waiting for a brand manager; the approved version stays on sale meanwhile.' })
export class ListingRevision {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  /** Minor units; applied to every variant of the product on approval. */
  @Field(() => SafeInt, { nullable: true, description: 'The new price of every variant, in minor units (the product’s currency).' })
  priceMinor?: number | null;

  @Field(() => Date, { nullable: true, description: 'When the seller sent it.' })
  submittedAt?: Date | string | null;
}

/**
 * The marketplace's record of something a vendor or member sells: one catalog product (decision 0035)
 * plus who sells it, where its review stands and what waits for review. The product is PUBLISHED only
 * while the listing is APPROVED (and its seller not suspended).
 */
@ObjectType({ description: 'Something a vendor or member offers, with its review state.' })
@Entity('listing')
@Index('listing_seller_idx', ['sellerKind', 'sellerId', 'createdAt'])
@Index('listing_review_queue_idx', ['status', 'createdAt'])
// The brand managers' queue: new listings and pending revisions, oldest first (decision 0038).
@Index('listing_awaiting_review_idx', ['submittedAt', 'productId'], { where: `status = 'PENDING_REVIEW' OR pending_revision IS NOT NULL` })
export class Listing {
  /** The catalog product's id. */
  @Field(() => ID)
  @PrimaryColumn('uuid', { name: 'product_id', primaryKeyConstraintName: 'listing_pkey' })
  productId!: string;

  @OneToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'listing_product_id_fkey' })
  product?: Relation<Product>;

  @Field(() => SellerKind)
  @Column({ type: 'enum', enum: SellerKind, enumName: 'seller_kind', name: 'seller_kind' })
  sellerKind!: SellerKind;

  @Field(() => ID)
  @Column('uuid', { name: 'seller_id' })
  sellerId!: string;

  @Field(() => OfferKind)
  @Column({ type: 'enum', enum: OfferKind, enumName: 'offer_kind', name: 'offer_kind' })
  offerKind!: OfferKind;

  @Field(() => ListingStatus)
  @Column({ type: 'enum', enum: ListingStatus, enumName: 'listing_status', default: ListingStatus.PENDING_REVIEW })
  status!: ListingStatus;

  @Field(() => ListingRevision, { nullable: true, description: 'Changes waiting for review (only for the seller and brand managers).' })
  @Column('jsonb', { name: 'pending_revision', nullable: true })
  pendingRevision!: ListingRevision | null;

  @Column('uuid', { name: 'reviewed_by', nullable: true })
  reviewedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'reviewed_at', nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected, blocked or a revision declined.' })
  @Column('text', { name: 'review_reason', nullable: true })
  reviewReason!: string | null;

  /** When it last went to review: listed, sent again after a rejection, or a revision submitted (the queue's order). */
  @Field(() => Date, { description: 'When it last went to review (listed, resubmitted, or a revision sent).' })
  @Column({ type: 'timestamptz', name: 'submitted_at', precision: 3, default: () => 'now()' })
  submittedAt!: Date;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
