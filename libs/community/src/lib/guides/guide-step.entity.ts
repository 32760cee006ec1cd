import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';

/** One numbered step of a guide: a title, Markdown text and photos (`guide_step_photo`). */
@Entity('guide_step')
@Unique('guide_step_position_key', ['contributionId', 'position'])
export class GuideStep {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'guide_step_pkey' })
  id!: string;

  @Column('uuid', { name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'guide_step_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  /** 0-based order; shown as position + 1. */
  @Column('integer')
  position!: number;

  @Column('text')
  title!: string;

  @Column('text', { default: '' })
  body!: string;
}
