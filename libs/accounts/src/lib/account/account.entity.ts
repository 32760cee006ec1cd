import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@flagship/api-core';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A person who can sign in: consumer, vendor or brand manager. */
@ObjectType({ description: 'A person who can sign in.' })
@Entity('account')
@Unique('account_email_key', ['email'])
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

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'account_role', default: Role.CONSUMER })
  role!: Role;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
