import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What an organisation is on the platform. Vendors first; later others (clubs, workshops). */
export enum OrganisationKind {
  VENDOR = 'VENDOR',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

/**
 * A group of accounts acting together, such as a vendor and its staff. Resources that belong to an
 * organisation (a vendor's listings) are reached by its members through `memberOf` rules.
 */
@ObjectType({ description: 'A group of accounts acting together, such as a vendor and its staff.' })
@Entity('organisation')
export class Organisation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisation_pkey' })
  id!: string;

  @Field(() => OrganisationKind)
  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Field()
  @Column('text')
  name!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
