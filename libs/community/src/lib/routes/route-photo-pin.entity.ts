import { MediaAsset } from '@flagship/media';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';

/**
 * One of the author's photos pinned to a point of their route. The point is a point of the stored
 * track (snapped to the one nearest the distance asked for), so whether others may see the pin is
 * whether that point is on what they are served (RouteService.photoPins, decision 0030).
 */
@Entity('route_photo_pin')
@Unique('route_photo_pin_photo_key', ['contributionId', 'mediaAssetId'])
@Index('route_photo_pin_asset_idx', ['mediaAssetId'])
@Check('route_photo_pin_distance_check', `"distance_m" >= 0`)
export class RoutePhotoPin {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'route_photo_pin_pkey' })
  id!: string;

  @Column('uuid', { name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'route_photo_pin_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @Column('uuid', { name: 'media_asset_id' })
  mediaAssetId!: string;

  @ManyToOne(() => MediaAsset, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'media_asset_id', foreignKeyConstraintName: 'route_photo_pin_media_asset_id_fkey' })
  asset?: Relation<MediaAsset>;

  /** Metres along the whole track (its segments' gaps not counted) to the pinned point. */
  @Column('double precision', { name: 'distance_m' })
  distanceM!: number;

  /** The pinned track point, exactly as stored in `route.track`. */
  @Column('double precision')
  lat!: number;

  @Column('double precision')
  lng!: number;

  @Column('text', { nullable: true })
  caption!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
