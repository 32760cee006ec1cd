import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';

/**
 * A progress post's details: the project it reports on, one of the author's own builds (optional).
 * Kept beside the contribution like every kind's details, so the shared table stays narrow.
 */
@Entity('project_update')
@Index('project_update_project_idx', ['projectId'])
export class ProjectUpdate {
  @PrimaryColumn('uuid', { name: 'contribution_id', primaryKeyConstraintName: 'project_update_pkey' })
  contributionId!: string;

  @OneToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'project_update_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  /** The author's build this post is about; the post stays if the build is deleted. */
  @Column('uuid', { name: 'project_id', nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Contribution, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'project_update_project_id_fkey' })
  project?: Relation<Contribution>;
}
