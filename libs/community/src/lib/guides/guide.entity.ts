import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { GUIDE_MAX_MINUTES, GuideDifficulty } from './guide.types';

/** A guide's own details beside its contribution row (decision 0031): difficulty, time, "I made this" count. */
@Entity('guide')
@Check('guide_time_minutes_check', `"time_minutes" BETWEEN 1 AND ${GUIDE_MAX_MINUTES}`)
@Check('guide_completion_count_check', `"completion_count" >= 0`)
export class Guide {
  @PrimaryColumn('uuid', { name: 'contribution_id', primaryKeyConstraintName: 'guide_pkey' })
  contributionId!: string;

  @OneToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'guide_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @Column({ type: 'enum', enum: GuideDifficulty, enumName: 'guide_difficulty' })
  difficulty!: GuideDifficulty;

  @Column('integer', { name: 'time_minutes' })
  timeMinutes!: number;

  /** Members who posted "I made this", kept in the transaction of each post. */
  @Column('integer', { name: 'completion_count', default: 0 })
  completionCount!: number;
}
