import { Account } from '@flagship/accounts';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';

/** One member's support of a build: one each (the key), never the author's own (BuildPolicy.support). */
@Entity('build_support')
@Index('build_support_member_idx', ['memberId'])
export class BuildSupport {
  @PrimaryColumn('uuid', { name: 'contribution_id', primaryKeyConstraintName: 'build_support_pkey' })
  contributionId!: string;

  @PrimaryColumn('uuid', { name: 'member_id', primaryKeyConstraintName: 'build_support_pkey' })
  memberId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'build_support_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'build_support_member_id_fkey' })
  member?: Relation<Account>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
