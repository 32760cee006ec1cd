import { Account } from '@flagship/accounts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';

/**
 * A place a member keeps out of what others see of their routes (home, work). What is hidden is the
 * circle of `radius_m` around the centre moved by the kept random offset, so the cut points of many
 * tracks do not circle the true centre (decision 0030). Only the member ever sees the true centre.
 */
@Entity('privacy_zone')
@Index('privacy_zone_member_idx', ['memberId'])
@Check('privacy_zone_radius_check', `"radius_m" BETWEEN 200 AND 1000`)
export class PrivacyZone {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'privacy_zone_pkey' })
  id!: string;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'privacy_zone_member_id_fkey' })
  member?: Relation<Account>;

  @Column('double precision')
  lat!: number;

  @Column('double precision')
  lng!: number;

  @Column('integer', { name: 'radius_m' })
  radiusM!: number;

  /** The kept random offset of the hidden circle's centre, in metres east and north. */
  @Column('double precision', { name: 'offset_east_m' })
  offsetEastM!: number;

  @Column('double precision', { name: 'offset_north_m' })
  offsetNorthM!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * A member's kept random offset for the automatic hiding at every start and end: the hidden distance is
 * measured from the end point moved by it, so the cut points of many rides do not centre on home.
 */
@Entity('route_privacy')
export class RoutePrivacy {
  @PrimaryColumn('uuid', { name: 'member_id', primaryKeyConstraintName: 'route_privacy_pkey' })
  memberId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'route_privacy_member_id_fkey' })
  member?: Relation<Account>;

  @Column('double precision', { name: 'end_offset_east_m' })
  endOffsetEastM!: number;

  @Column('double precision', { name: 'end_offset_north_m' })
  endOffsetNorthM!: number;
}
