import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Product } from '@flagship/catalog';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';

export enum ServiceMode {
  ONLINE = 'ONLINE',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(ServiceMode, { name: 'ServiceMode' });

/**
 * What makes a SERVICE product bookable (decision 0039): how long one session lasts, how many seats
 * each slot has, where it happens and in which time zone the vendor works. The price is the product's
 * one variant (per seat); the meeting link is shown only to the vendor and to buyers who paid.
 */
@ObjectType({ description: 'A bookable service: duration, seats per slot, online or in person, the vendor’s time zone.' })
@Entity('service_offer')
@Check('service_offer_duration_check', '"duration_minutes" > 0 AND "duration_minutes" <= 1440')
@Check('service_offer_capacity_check', '"capacity" > 0 AND "capacity" <= 1000')
export class ServiceOffer {
  /** The SERVICE product's id. */
  @Field(() => ID)
  @PrimaryColumn('uuid', { name: 'product_id', primaryKeyConstraintName: 'service_offer_pkey' })
  productId!: string;

  @OneToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'service_offer_product_id_fkey' })
  product?: Relation<Product>;

  /** The vendor organisation (copied from the product, for the vendor's queries and rules). */
  @Field(() => ID)
  @Column('uuid', { name: 'vendor_id' })
  vendorId!: string;

  @Field(() => Int)
  @Column('integer', { name: 'duration_minutes' })
  durationMinutes!: number;

  @Field(() => Int, { description: 'Seats in each new slot.' })
  @Column('integer')
  capacity!: number;

  @Field(() => ServiceMode)
  @Column({ type: 'enum', enum: ServiceMode, enumName: 'service_mode' })
  mode!: ServiceMode;

  /** Online sessions: shown to the vendor and to buyers of paid bookings only (see the resolvers). */
  @Column('text', { name: 'meeting_url', nullable: true })
  meetingUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'In person: where it happens.' })
  @Column('text', { nullable: true })
  location!: string | null;

  @Field({ description: 'The vendor’s IANA time zone, e.g. Europe/Berlin: slot times are shown in it.' })
  @Column('text', { name: 'time_zone' })
  timeZone!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
