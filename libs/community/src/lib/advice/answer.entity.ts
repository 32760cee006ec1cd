import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Account } from '@flagship/accounts';
import { renderMarkdown } from '@flagship/api-core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { ANSWER_MAX_LENGTH, ExpertReason } from './advice.types';

@ObjectType('AnswerExpert', { description: 'The expert badge an answer was written with.' })
export class AnswerExpert {
  @Field(() => ExpertReason)
  reason!: ExpertReason;

  @Field({ description: 'What to show: "Expert in Parts", the vendor’s name, "Brand staff".' })
  label!: string;
}

/**
 * An answer to a question or a progress post that asks for advice. Whether its author answered as an
 * expert is kept as it was when they wrote it (a snapshot): an expert who later loses the badge does not
 * make old answers look like a layman's, and one who gains it does not rewrite history.
 */
@ObjectType({ description: 'An answer to a question or a progress post that asks for advice.' })
@Entity('answer')
@Index('answer_contribution_idx', ['contributionId', 'createdAt'])
@Index('answer_author_idx', ['authorId'])
@Check('answer_body_length_check', `char_length("body") BETWEEN 1 AND ${ANSWER_MAX_LENGTH}`)
export class Answer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'answer_pkey' })
  id!: string;

  @Column('uuid', { name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'answer_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'answer_author_id_fkey' })
  author?: Relation<Account>;

  @Field({ description: 'What the author wrote, as Markdown. Show `bodyHtml`.' })
  @Column('text')
  body!: string;

  @Column({ type: 'enum', enum: ExpertReason, enumName: 'expert_reason', name: 'expert_reason', nullable: true })
  expertReason!: ExpertReason | null;

  /** The badge's words then (the category's or the vendor's name at the time). */
  @Column('text', { name: 'expert_label', nullable: true })
  expertLabel!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field({ description: 'The body as safe HTML (Markdown through the platform’s sanitiser): show this.' })
  get bodyHtml(): string {
    return renderMarkdown(this.body);
  }

  @Field(() => AnswerExpert, { nullable: true, description: 'Set when the author answered as an expert (at the time of writing).' })
  get expert(): AnswerExpert | null {
    return this.expertReason ? { reason: this.expertReason, label: this.expertLabel ?? '' } : null;
  }
}
