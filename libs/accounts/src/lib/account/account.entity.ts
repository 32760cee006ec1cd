import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const BIO_MAX_LENGTH = 280;

/**
 * A person who can sign in, as they themselves and brand managers see them (with the email). Everyone
 * else sees the public `Member` made from it. Roles: `account_role`.
 */
@ObjectType({ description: 'A person who can sign in, with their email: only for themselves (`me`) and brand managers. Others see a `Member`.' })
@Entity('account')
@Unique('account_email_key', ['email'])
@Check('account_bio_length_check', `char_length("bio") <= ${BIO_MAX_LENGTH}`)
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

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
