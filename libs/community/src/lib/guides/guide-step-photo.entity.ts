import { MediaAsset } from '@flagship/media';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { GuideStep } from './guide-step.entity';

/** A photo of a guide step, in the author's order: one of the author's uploads. */
@Entity('guide_step_photo')
@Index('guide_step_photo_asset_idx', ['mediaAssetId'])
export class GuideStepPhoto {
  @PrimaryColumn('uuid', { name: 'step_id', primaryKeyConstraintName: 'guide_step_photo_pkey' })
  stepId!: string;

  @PrimaryColumn('uuid', { name: 'media_asset_id', primaryKeyConstraintName: 'guide_step_photo_pkey' })
  mediaAssetId!: string;

  @ManyToOne(() => GuideStep, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'step_id', foreignKeyConstraintName: 'guide_step_photo_step_id_fkey' })
  step?: Relation<GuideStep>;

  @ManyToOne(() => MediaAsset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'media_asset_id', foreignKeyConstraintName: 'guide_step_photo_media_asset_id_fkey' })
  asset?: Relation<MediaAsset>;

  @Column('integer')
  position!: number;
}
