import { Account } from '@flagship/accounts';
import { Category } from '@flagship/catalog';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

/** A member a brand manager marked as an expert for a catalog category: their answers there carry a badge. */
@Entity('category_expert')
@Index('category_expert_category_idx', ['categoryId'])
export class CategoryExpert {
  @PrimaryColumn('uuid', { name: 'account_id', primaryKeyConstraintName: 'category_expert_pkey' })
  accountId!: string;

  @PrimaryColumn('uuid', { name: 'category_id', primaryKeyConstraintName: 'category_expert_pkey' })
  categoryId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'category_expert_account_id_fkey' })
  account?: Relation<Account>;

  @ManyToOne(() => Category, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'category_expert_category_id_fkey' })
  category?: Relation<Category>;

  /** The brand manager who marked them (null once that account is gone). */
  @Column('uuid', { name: 'appointed_by_id', nullable: true })
  appointedById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'appointed_by_id', foreignKeyConstraintName: 'category_expert_appointed_by_id_fkey' })
  appointedBy?: Relation<Account>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
