import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A shopper's rating and words about a product: one per shopper and product. */
@ObjectType({ description: 'A rating (1-5) and review of a product.' })
@Entity('review')
@Unique('review_product_account_key', ['productId', 'accountId'])
@Index('review_product_id_idx', ['productId', 'createdAt'])
@Check('review_rating_check', '"rating" BETWEEN 1 AND 5')
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_pkey' })
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'product_id' })
  productId!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @Field(() => Int)
  @Column('smallint')
  rating!: number;

  @Field()
  @Column('text')
  body!: string;

  @Field({ description: 'The author had bought this product from the shop when posting.' })
  @Column('boolean', { name: 'verified_purchase' })
  verifiedPurchase!: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
