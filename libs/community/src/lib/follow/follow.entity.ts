import { Account } from '@flagship/accounts';
import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Column, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';

/**
 * A member following another member or a contribution (a build, to see its progress). Exactly one
 * target per row. The feed's "Following" tab reads it (feed/), the interactions work writes it.
 */
@Entity('follow')
@Check('follow_one_target_check', `num_nonnulls("member_id", "contribution_id") = 1`)
@Index('follow_member_key', ['followerId', 'memberId'], { unique: true, where: '"member_id" IS NOT NULL' })
@Index('follow_contribution_key', ['followerId', 'contributionId'], { unique: true, where: '"contribution_id" IS NOT NULL' })
@Index('follow_followed_member_idx', ['memberId'], { where: '"member_id" IS NOT NULL' })
@Index('follow_followed_contribution_idx', ['contributionId'], { where: '"contribution_id" IS NOT NULL' })
export class Follow {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'follow_pkey' })
  id!: string;

  @Column('uuid', { name: 'follower_id' })
  followerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follower_id', foreignKeyConstraintName: 'follow_follower_id_fkey' })
  follower?: Relation<Account>;

  @Column('uuid', { name: 'member_id', nullable: true })
  memberId!: string | null;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'follow_member_id_fkey' })
  member?: Relation<Account>;

  @Column('uuid', { name: 'contribution_id', nullable: true })
  contributionId!: string | null;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'follow_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
