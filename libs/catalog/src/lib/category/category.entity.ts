import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { SizeGuide } from '../details/size-guide';

@ObjectType({ description: 'A shop department: bikes, parts, tools.' })
@Entity('category')
@Unique('category_slug_key', ['slug'])
export class Category {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'category_pkey' })
  id!: string;

  @Field()
  @Column('text')
  slug!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field(() => Int, { description: 'Order in navigation, lowest first.' })
  @Column('integer', { default: 0 })
  position!: number;

  /** Which size fits whom, shown on its products' pages; exposed by `CategoryResolver.sizeGuide`. */
  @Column('jsonb', { name: 'size_guide', nullable: true })
  sizeGuide!: SizeGuide | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
