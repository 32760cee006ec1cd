import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Product } from '@flagship/catalog';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { BuildState } from './build.types';

/**
 * A build's own details beside its contribution row: where it is in the support stages and what the
 * brand decided. The supporter count itself is the contribution's `support_count` (kept in the same
 * transaction as each `build_support` row).
 */
@ObjectType({ description: 'A custom bike build: its parts, its support stages and the brand’s decision.' })
@Entity('build')
@Index('build_state_deadline_idx', ['state', 'stageDeadline'])
@Check('build_stage_check', `"stage" >= 0`)
@Check('build_royalty_check', `"royalty_bp" IS NULL OR "royalty_bp" BETWEEN 0 AND 10000`)
export class Build {
  @PrimaryColumn('uuid', { name: 'contribution_id', primaryKeyConstraintName: 'build_pkey' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'build_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @Field(() => BuildState)
  @Column({ type: 'enum', enum: BuildState, enumName: 'build_state', default: BuildState.SUPPORTING })
  state!: BuildState;

  /** The current stage, 0-based (the API shows it 1-based as `stageNumber`). */
  @Column('integer', { default: 0 })
  stage!: number;

  /** When the current stage's window opened: publication for the first, the previous stage cleared for the others. */
  @Column('timestamptz', { name: 'stage_started_at', nullable: true })
  stageStartedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the current stage’s window closes; null for a draft or once it left the stages.' })
  @Column('timestamptz', { name: 'stage_deadline', nullable: true })
  stageDeadline!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it cleared the last stage and went to the brand.' })
  @Column('timestamptz', { name: 'entered_review_at', nullable: true })
  enteredReviewAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the brand accepted or declined it, or it expired.' })
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  /** The brand manager who decided. */
  @Column('uuid', { name: 'decided_by_id', nullable: true })
  decidedById!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the brand declined it.' })
  @Column('text', { name: 'decline_reason', nullable: true })
  declineReason!: string | null;

  /** The draft catalog product made from it on acceptance. */
  @Column('uuid', { name: 'product_id', nullable: true })
  productId!: string | null;

  @ManyToOne(() => Product, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'build_product_id_fkey' })
  product?: Relation<Product>;

  @Field(() => Int, { nullable: true, description: 'The creator’s royalty in basis points of net sales (100 = 1%), once accepted.' })
  @Column('integer', { name: 'royalty_bp', nullable: true })
  royaltyBp!: number | null;
}
