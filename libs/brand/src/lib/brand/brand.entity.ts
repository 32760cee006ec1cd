import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The brand this platform belongs to. One deployment runs one brand's flagship platform. */
@ObjectType({ description: 'The brand whose flagship platform this is.' })
@Entity('brand')
@Unique('brand_slug_key', ['slug'])
export class Brand {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'brand_pkey' })
  id!: string;

  @Field()
  @Column('text')
  slug!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field()
  @Column('text')
  tagline!: string;

  @Field({ description: 'ISO 4217 currency the shop prices in.' })
  @Column('char', { length: 3 })
  currency!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
