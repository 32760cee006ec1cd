import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ServiceOffer } from './service-offer.entity';

/**
 * A time a service can be booked. `seats_taken` counts held and paid seats; it changes only by one
 * conditional UPDATE (`seats_taken + n <= capacity`), so concurrent holds never overbook, and the
 * database refuses any other way past capacity.
 */
@ObjectType({ description: 'A bookable time of a service, with its seats.' })
@Entity('service_slot')
@Index('service_slot_product_idx', ['productId', 'startsAt'])
@Check('service_slot_times_check', '"ends_at" > "starts_at"')
@Check('service_slot_seats_check', '"seats_taken" >= 0 AND "seats_taken" <= "capacity"')
export class ServiceSlot {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'service_slot_pkey' })
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @ManyToOne(() => ServiceOffer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', referencedColumnName: 'productId', foreignKeyConstraintName: 'service_slot_product_id_fkey' })
  offer?: Relation<ServiceOffer>;

  @Field()
  @Column('timestamptz', { name: 'starts_at' })
  startsAt!: Date;

  @Field()
  @Column('timestamptz', { name: 'ends_at' })
  endsAt!: Date;

  @Field(() => Int)
  @Column('integer')
  capacity!: number;

  @Field(() => Int, { description: 'Seats held or booked.' })
  @Column('integer', { name: 'seats_taken', default: 0 })
  seatsTaken!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
