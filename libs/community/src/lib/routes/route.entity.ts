import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import type { ProfilePoint } from './gpx';
import type { StoredTrack } from './stored-track';

/**
 * A route's details beside its contribution (decision 0030): the whole track as uploaded (read only to
 * work out what others may see, never sent as is to anyone but the author), the stats of the whole
 * track, and the author's own view (simplified polylines per segment, elevation profile) kept ready.
 */
@Entity('route')
@Check('route_distance_check', `"distance_m" >= 0`)
export class CommunityRoute {
  @PrimaryColumn('uuid', { name: 'contribution_id', primaryKeyConstraintName: 'route_pkey' })
  contributionId!: string;

  @OneToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'route_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  /** Every point of every segment (see stored-track.ts); not selected unless asked for. */
  @Column('jsonb', { select: false })
  track!: StoredTrack;

  /** What the file held: a track, a planned route (`<rte>`) or waypoints. */
  @Column('text')
  source!: 'track' | 'route' | 'waypoints';

  @Column('integer', { name: 'point_count' })
  pointCount!: number;

  @Column('double precision', { name: 'distance_m' })
  distanceM!: number;

  @Column('double precision', { name: 'elevation_gain_m', nullable: true })
  elevationGainM!: number | null;

  @Column('double precision', { name: 'elevation_loss_m', nullable: true })
  elevationLossM!: number | null;

  @Column('double precision', { name: 'min_lat' })
  minLat!: number;

  @Column('double precision', { name: 'min_lng' })
  minLng!: number;

  @Column('double precision', { name: 'max_lat' })
  maxLat!: number;

  @Column('double precision', { name: 'max_lng' })
  maxLng!: number;

  /** The whole track simplified, one encoded polyline per segment: the author's view. */
  @Column('text', { array: true })
  polylines!: string[];

  /** The whole track's elevation profile (the author's view); empty without elevation. */
  @Column('jsonb')
  profile!: ProfilePoint[];

  /** Moving time of the recording, when the file has times. */
  @Column('integer', { name: 'duration_s', nullable: true })
  durationS!: number | null;
}
