import { MediaAsset } from '@flagship/media';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Contribution } from './contribution.entity';

/**
 * A photo shown with a contribution, in the author's order (position 0 is the cover). The image itself
 * is the author's upload (`media_asset`); the caption is optional, the alt text is the upload's.
 */
@Entity('contribution_photo')
@Index('contribution_photo_asset_idx', ['mediaAssetId'])
export class ContributionPhoto {
  @PrimaryColumn('uuid', { name: 'contribution_id', primaryKeyConstraintName: 'contribution_photo_pkey' })
  contributionId!: string;

  @PrimaryColumn('uuid', { name: 'media_asset_id', primaryKeyConstraintName: 'contribution_photo_pkey' })
  mediaAssetId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'contribution_photo_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @ManyToOne(() => MediaAsset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'media_asset_id', foreignKeyConstraintName: 'contribution_photo_media_asset_id_fkey' })
  asset?: Relation<MediaAsset>;

  @Column('integer')
  position!: number;

  @Column('text', { nullable: true })
  caption!: string | null;
}
