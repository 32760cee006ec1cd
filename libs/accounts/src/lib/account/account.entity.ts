import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MediaAsset } from '@flagship/media';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';

export const BIO_MAX_LENGTH = 280;

/**
 * A person who can sign in, as they themselves and brand managers see them (with the email). Everyone
 * else sees the public `Member` made from it. Roles: `account_role`.
 */
@ObjectType({ description: 'A person who can sign in, with their email: only for themselves (`me`) and brand managers. Others see a `Member`.' })
@Entity('account')
@Unique('account_email_key', ['email'])
@Check('account_bio_length_check', `char_length("bio") <= ${BIO_MAX_LENGTH}`)
@Index('account_avatar_idx', ['avatarId'])
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'account_pkey' })
  id!: string;

  /** Stored trimmed and lower-cased, so uniqueness ignores case. */
  @Field()
  @Column('text')
  email!: string;

  @Field()
  @Column('text', { name: 'display_name' })
  displayName!: string;

  /** A few words the member writes about themselves, shown on their public profile. */
  @Column('text', { nullable: true })
  bio!: string | null;

  /** The member's picture (`POST /uploads/avatar`): an upload of theirs, cut square. */
  @Column('uuid', { name: 'avatar_id', nullable: true })
  avatarId!: string | null;

  /** Loaded with every account (one join), since wherever a member's name shows, so does their picture. */
  @ManyToOne(() => MediaAsset, { onDelete: 'SET NULL', eager: true })
  @JoinColumn({ name: 'avatar_id', foreignKeyConstraintName: 'account_avatar_id_fkey' })
  avatar?: Relation<MediaAsset> | null;

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
