import { Field, ObjectType } from '@nestjs/graphql';
import { OrganisationRole } from '@flagship/api-core';
import { CreateDateColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from '../account/account.entity';
import { Organisation } from './organisation.entity';

/** An account's place in an organisation. Read with the session on every request (`Viewer.memberships`). */
@ObjectType({ description: 'An account’s place in an organisation.' })
@Entity('organisation_membership')
@Index('organisation_membership_account_id_idx', ['accountId'])
export class OrganisationMembership {
  @PrimaryColumn('uuid', { name: 'organisation_id', primaryKeyConstraintName: 'organisation_membership_pkey' })
  organisationId!: string;

  @PrimaryColumn('uuid', { name: 'account_id', primaryKeyConstraintName: 'organisation_membership_pkey' })
  accountId!: string;

  @Field(() => Organisation)
  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'organisation_membership_organisation_id_fkey' })
  organisation?: Relation<Organisation>;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'organisation_membership_account_id_fkey' })
  account?: Relation<Account>;

  @Field(() => OrganisationRole)
  @Column({ type: 'enum', enum: OrganisationRole, enumName: 'organisation_role' })
  role!: OrganisationRole;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
