import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { bigintNumber } from '@flagship/database';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Order } from './order.entity';

@ObjectType({ description: 'What was bought, as it was priced and named when the order was placed.' })
@Entity('order_line')
@Index('order_line_order_id_idx', ['orderId'])
export class OrderLine {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'order_line_pkey' })
  id!: string;

  @Column('uuid', { name: 'order_id' })
  orderId!: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'order_line_order_id_fkey' })
  order?: Relation<Order>;

  @Field(() => ID)
  @Column('uuid', { name: 'variant_id' })
  variantId!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Field()
  @Column('text', { name: 'product_name' })
  productName!: string;

  @Field()
  @Column('text', { name: 'variant_name' })
  variantName!: string;

  @Field()
  @Column('text')
  sku!: string;

  @Column('bigint', { name: 'unit_price_minor', transformer: bigintNumber })
  unitPriceMinor!: number;

  @Field(() => Int)
  @Column('integer')
  quantity!: number;

  @Column('bigint', { name: 'line_total_minor', transformer: bigintNumber })
  lineTotalMinor!: number;

  @Column('char', { length: 3 })
  currency!: string;
}
