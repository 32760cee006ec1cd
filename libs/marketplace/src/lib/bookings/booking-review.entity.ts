import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Booking } from './booking.entity';

export enum ReviewSide {
  BUYER = 'BUYER',
  VENDOR = 'VENDOR',
}
registerEnumType(ReviewSide, { name: 'ReviewSide' });

/**
 * One side's review of a completed booking, double-blind: the other side reads it once both wrote or
 * `reviewRevealDays` after completion (decision 0039).
 */
@ObjectType({ description: 'A review of a completed booking by its buyer or its vendor.' })
@Entity('booking_review')
@Unique('booking_review_side_key', ['bookingId', 'authorSide'])
@Index('booking_review_vendor_idx', ['vendorId', 'authorSide'])
@Check('booking_review_rating_check', '"rating" BETWEEN 1 AND 5')
export class BookingReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'booking_review_pkey' })
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'booking_id' })
  bookingId!: string;

  @ManyToOne(() => Booking, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'booking_review_booking_id_fkey' })
  booking?: Relation<Booking>;

  /** The booking's vendor (copied, for the vendor's rating). */
  @Column('uuid', { name: 'vendor_id' })
  vendorId!: string;

  @Field(() => ReviewSide)
  @Column({ type: 'enum', enum: ReviewSide, enumName: 'review_side', name: 'author_side' })
  authorSide!: ReviewSide;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Field(() => Int)
  @Column('smallint')
  rating!: number;

  @Field()
  @Column('text', { default: '' })
  text!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
