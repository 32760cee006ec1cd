import { Account } from '@flagship/accounts';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { ReactionKind } from './interactions.types';

/** A member's reaction of one kind to a contribution: the key makes it one per member and kind. */
@Entity('reaction')
@Index('reaction_member_idx', ['memberId'])
export class Reaction {
  @PrimaryColumn('uuid', { name: 'contribution_id', primaryKeyConstraintName: 'reaction_pkey' })
  contributionId!: string;

  @PrimaryColumn('uuid', { name: 'member_id', primaryKeyConstraintName: 'reaction_pkey' })
  memberId!: string;

  @PrimaryColumn({ type: 'enum', enum: ReactionKind, enumName: 'reaction_kind', primaryKeyConstraintName: 'reaction_pkey' })
  kind!: ReactionKind;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'reaction_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'reaction_member_id_fkey' })
  member?: Relation<Account>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
