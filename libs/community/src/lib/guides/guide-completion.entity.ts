import { Account } from '@flagship/accounts';
import { MediaAsset } from '@flagship/media';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';

/** "I made this": a member followed a guide and shows the result (one per member and guide). */
@Entity('guide_completion')
@Unique('guide_completion_member_key', ['contributionId', 'memberId'])
@Index('guide_completion_recent_idx', ['contributionId', 'createdAt'])
@Index('guide_completion_asset_idx', ['mediaAssetId'])
export class GuideCompletion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'guide_completion_pkey' })
  id!: string;

  @Column('uuid', { name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'guide_completion_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'guide_completion_member_id_fkey' })
  member?: Relation<Account>;

  @Column('uuid', { name: 'media_asset_id' })
  mediaAssetId!: string;

  @ManyToOne(() => MediaAsset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'media_asset_id', foreignKeyConstraintName: 'guide_completion_media_asset_id_fkey' })
  asset?: Relation<MediaAsset>;

  @Column('text', { default: '' })
  note!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
