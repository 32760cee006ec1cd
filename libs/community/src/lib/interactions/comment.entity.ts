import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Account } from '@flagship/accounts';
import { renderMarkdown } from '@flagship/api-core';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { COMMENT_MAX_LENGTH, CommentStatus } from './interactions.types';

/**
 * A member's comment on a contribution. One level of replies: a reply's `parentId` is always a
 * top-level comment (a reply to a reply attaches to the same top-level comment), so a thread is two
 * statements however long it is.
 */
@ObjectType({ description: 'A comment on a contribution, or a reply to one (one level deep).' })
@Entity('comment')
@Index('comment_thread_idx', ['contributionId', 'createdAt', 'id'], { where: '"parent_id" IS NULL' })
@Index('comment_replies_idx', ['parentId', 'createdAt'], { where: '"parent_id" IS NOT NULL' })
@Index('comment_author_idx', ['authorId'])
@Check('comment_body_length_check', `char_length("body") <= ${COMMENT_MAX_LENGTH}`)
export class Comment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'comment_pkey' })
  id!: string;

  @Field(() => ID)
  @Column('uuid', { name: 'contribution_id' })
  contributionId!: string;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'comment_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'comment_author_id_fkey' })
  author?: Relation<Account>;

  @Field(() => ID, { nullable: true, description: 'The top-level comment this replies to; null for a top-level comment.' })
  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'comment_parent_id_fkey' })
  parent?: Relation<Comment>;

  /** Markdown; emptied when the comment is removed (the thread keeps its place, not its words). */
  @Column('text', { name: 'body' })
  source!: string;

  @Field(() => CommentStatus)
  @Column({ type: 'enum', enum: CommentStatus, enumName: 'comment_status', default: CommentStatus.VISIBLE })
  status!: CommentStatus;

  @Column('uuid', { name: 'removed_by_id', nullable: true })
  removedById!: string | null;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;

  @Column('text', { name: 'removed_reason', nullable: true })
  removedReason!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When its author last changed it; null if never.' })
  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt!: Date | null;

  @Field({ description: 'What the author wrote, as Markdown (empty once removed). Show `bodyHtml`.' })
  get body(): string {
    return this.status === CommentStatus.VISIBLE ? this.source : '';
  }

  @Field({ description: 'The comment as safe HTML (Markdown through the platform’s sanitiser); empty once removed.' })
  get bodyHtml(): string {
    return this.status === CommentStatus.VISIBLE ? renderMarkdown(this.source) : '';
  }
}
