import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProductVariant } from '@flagship/catalog';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';

/** One line of a build's parts list: a catalog variant, or free text for what the shop does not sell. */
@ObjectType({ description: 'A line of a build’s parts list.' })
@Entity('build_part')
@Index('build_part_contribution_idx', ['contributionId', 'position'])
@Index('build_part_variant_idx', ['variantId'], { where: '"variant_id" IS NOT NULL' })
@Check('build_part_quantity_check', `"quantity" BETWEEN 1 AND 99`)
export class BuildPart {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'build_part_pkey' })
  id!: string;

  @Column('uuid', { name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'build_part_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @Field(() => Int)
  @Column('integer')
  position!: number;

  /** The catalog variant, if the part is one the shop sells (kept when the variant goes: SET NULL, the label stays). */
  @Column('uuid', { name: 'variant_id', nullable: true })
  variantId!: string | null;

  @ManyToOne(() => ProductVariant, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'variant_id', foreignKeyConstraintName: 'build_part_variant_id_fkey' })
  variant?: Relation<ProductVariant>;

  @Field({ description: 'What the part is, in the author’s words (for a catalog part: its name when added).' })
  @Column('text')
  label!: string;

  @Field(() => Int)
  @Column('integer', { default: 1 })
  quantity!: number;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note!: string | null;
}
