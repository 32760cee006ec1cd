import { ProductVariant } from '@flagship/catalog';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { GUIDE_ITEM_MAX_QUANTITY, GuideItemKind } from './guide.types';

/**
 * A tool or part a guide needs: linked to a catalog variant (so "add all to cart" can buy it) or free
 * text (a tool the shop does not sell). A variant removed from the catalog leaves the label.
 */
@Entity('guide_item')
@Index('guide_item_contribution_idx', ['contributionId', 'position'])
@Index('guide_item_variant_idx', ['variantId'], { where: '"variant_id" IS NOT NULL' })
@Check('guide_item_quantity_check', `"quantity" BETWEEN 1 AND ${GUIDE_ITEM_MAX_QUANTITY}`)
export class GuideItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'guide_item_pkey' })
  id!: string;

  @Column('uuid', { name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'guide_item_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @Column({ type: 'enum', enum: GuideItemKind, enumName: 'guide_item_kind' })
  kind!: GuideItemKind;

  /** Order within its kind's list. */
  @Column('integer')
  position!: number;

  @Column('uuid', { name: 'variant_id', nullable: true })
  variantId!: string | null;

  @ManyToOne(() => ProductVariant, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'variant_id', foreignKeyConstraintName: 'guide_item_variant_id_fkey' })
  variant?: Relation<ProductVariant>;

  @Column('text')
  label!: string;

  @Column('integer', { default: 1 })
  quantity!: number;
}
