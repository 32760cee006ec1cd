import { Account } from '@flagship/accounts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';

/** A member's ride of a route, with their time: the leaderboard is each member's best. */
@Entity('route_ride')
@Index('route_ride_leaderboard_idx', ['contributionId', 'memberId', 'durationS'])
@Check('route_ride_duration_check', `"duration_s" > 0`)
export class RouteRide {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'route_ride_pkey' })
  id!: string;

  @Column('uuid', { name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'route_ride_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @Column('uuid', { name: 'member_id' })
  memberId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'route_ride_member_id_fkey' })
  member?: Relation<Account>;

  @Column('integer', { name: 'duration_s' })
  durationS!: number;

  @Column('date', { name: 'ridden_on' })
  riddenOn!: string;

  @Column('text', { nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
