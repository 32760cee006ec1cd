import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { bigintNumber } from '@flagship/database';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** How an order travels, at a flat price, optionally free from a basket value upwards. */
@ObjectType({ description: 'A way to ship an order: a flat price, free above an amount when set.' })
@Entity('shipping_method')
export class ShippingMethod {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'shipping_method_pkey' })
  id!: string;

  @Field()
  @Column('text')
  name!: string;

  @Column('bigint', { name: 'price_minor', transformer: bigintNumber })
  priceMinor!: number;

  /** Orders whose subtotal reaches this ship free; null: always the flat price. */
  @Column('bigint', { name: 'free_above_minor', nullable: true, transformer: bigintNumber })
  freeAboveMinor!: number | null;

  @Column('char', { length: 3 })
  currency!: string;

  @Field()
  @Column('boolean', { default: true })
  active!: boolean;

  @Field(() => Int)
  @Column('integer', { default: 0 })
  position!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
