import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Account } from '@flagship/accounts';
import { markdownExcerpt, renderMarkdown } from '@flagship/api-core';
import { Category, Product } from '@flagship/catalog';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Answer } from '../advice/answer.entity';
import { BODY_MAX_LENGTH, ContributionKind, ContributionStatus, TITLE_MAX_LENGTH } from './contribution.types';

/**
 * Anything a member shares with the community: a build, a route, a guide, a question or a progress
 * post (decision 0026). The common part lives here, so the feed, comments, reactions, follows, saved
 * collections, profiles and moderation treat every kind alike; each kind keeps its own details in its
 * own table keyed by this id (`build`, `route`, `guide`), loaded per page with DataLoaders.
 */
@ObjectType({ description: 'Something a member shared: a build, route, guide, question or progress post.' })
@Entity('contribution')
@Index('contribution_feed_idx', ['status', 'publishedAt', 'id'])
@Index('contribution_author_idx', ['authorId', 'publishedAt'])
@Index('contribution_kind_idx', ['kind', 'status', 'publishedAt'])
@Index('contribution_trending_idx', ['status', 'hotScore', 'id'])
@Index('contribution_product_idx', ['productId'], { where: '"product_id" IS NOT NULL' })
@Check('contribution_title_length_check', `char_length("title") BETWEEN 1 AND ${TITLE_MAX_LENGTH}`)
@Check('contribution_body_length_check', `char_length("body") <= ${BODY_MAX_LENGTH}`)
export class Contribution {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'contribution_pkey' })
  id!: string;

  @Field(() => ContributionKind)
  @Column({ type: 'enum', enum: ContributionKind, enumName: 'contribution_kind' })
  kind!: ContributionKind;

  /** The member who wrote it (an account id; `author` resolves it as a Member). */
  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'contribution_author_id_fkey' })
  author?: Relation<Account>;

  @Field()
  @Column('text')
  title!: string;

  @Field({ description: 'What the author wrote, as Markdown. Show `bodyHtml`, never this as HTML.' })
  @Column('text', { default: '' })
  body!: string;

  @Field(() => [String], { description: 'Lower-case tags, at most 10.' })
  @Column('text', { array: true, default: () => `'{}'` })
  tags!: string[];

  @Field(() => ContributionStatus)
  @Column({ type: 'enum', enum: ContributionStatus, enumName: 'contribution_status', default: ContributionStatus.DRAFT })
  status!: ContributionStatus;

  /** The product it is about (a question asked on a product page), if any. */
  @Column('uuid', { name: 'product_id', nullable: true })
  productId!: string | null;

  @ManyToOne(() => Product, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'contribution_product_id_fkey' })
  product?: Relation<Product>;

  /** The catalog category it belongs to (whose experts answer with a badge), if any. */
  @Column('uuid', { name: 'category_id', nullable: true })
  categoryId!: string | null;

  @ManyToOne(() => Category, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'contribution_category_id_fkey' })
  category?: Relation<Category>;

  @Field({ description: 'True when the author asked the community for advice on it.' })
  @Column('boolean', { name: 'asks_advice', default: false })
  asksAdvice!: boolean;

  /** The answer (a comment) the author marked as the one that helped. */
  @Column('uuid', { name: 'accepted_answer_id', nullable: true })
  acceptedAnswerId!: string | null;

  @ManyToOne(() => Answer, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_answer_id', foreignKeyConstraintName: 'contribution_accepted_answer_id_fkey' })
  acceptedAnswer?: Relation<Answer>;

  /** When someone other than the author first answered (time to first answer, for the scorecard). */
  @Field(() => Date, { nullable: true, description: 'When someone other than the author first answered.' })
  @Column('timestamptz', { name: 'first_answer_at', nullable: true })
  firstAnswerAt!: Date | null;

  @Field(() => Int)
  @Column('integer', { name: 'comment_count', default: 0 })
  commentCount!: number;

  @Field(() => Int)
  @Column('integer', { name: 'reaction_count', default: 0 })
  reactionCount!: number;

  @Field(() => Int, { description: 'Supporters of a build; 0 for other kinds.' })
  @Column('integer', { name: 'support_count', default: 0 })
  supportCount!: number;

  /** Moderation: who took it down, when and why (REMOVED). Kept, so the author can be told and appeal. */
  @Column('uuid', { name: 'removed_by_id', nullable: true })
  removedById!: string | null;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;

  @Column('text', { name: 'removed_reason', nullable: true })
  removedReason!: string | null;

  /** The feed's TRENDING order: time-decayed engagement, kept by a trigger (feed/, decision 0034). */
  @Column({ type: 'double precision', name: 'hot_score', default: 0, insert: false, update: false, select: false })
  hotScore!: number;

  @Field(() => Date, { nullable: true, description: 'When it was first published; null for a draft.' })
  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Field({ description: 'The body as safe HTML (Markdown through the platform’s sanitiser): show this.' })
  get bodyHtml(): string {
    return renderMarkdown(this.body);
  }

  @Field({ description: 'The body as plain text, up to 200 characters: for cards and link previews.' })
  get excerpt(): string {
    return markdownExcerpt(this.body);
  }
}
