import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Organisation } from '@flagship/accounts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, Unique, UpdateDateColumn, type Relation } from 'typeorm';

export enum VendorStatus {
  ACTIVE = 'ACTIVE',
  /** Suspended by a brand manager: every listing hidden at once (products' `seller_hidden`), back as they were when lifted. */
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(VendorStatus, { name: 'VendorStatus' });

/**
 * A curated vendor: the marketplace's side of a VENDOR organisation (accounts owns the organisation and
 * its memberships; staff act for the vendor through `memberOf` rules). Created when a brand manager
 * approves an application; its page is public while it is ACTIVE.
 */
@ObjectType({ description: 'A third-party seller the brand has curated in: its public page and how it is paid.' })
@Entity('vendor')
@Unique('vendor_slug_key', ['slug'])
@Index('vendor_status_idx', ['status', 'name'])
export class Vendor {
  /** The vendor organisation's id (accounts' `organisation`). */
  @Field(() => ID)
  @PrimaryColumn('uuid', { name: 'organisation_id', primaryKeyConstraintName: 'vendor_pkey' })
  id!: string;

  @OneToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'vendor_organisation_id_fkey' })
  organisation?: Relation<Organisation>;

  @Field()
  @Column('text')
  slug!: string;

  @Field()
  @Column('text')
  name!: string;

  @Field({ description: 'What the vendor offers, in their words (plain text).' })
  @Column('text', { default: '' })
  description!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  website!: string | null;

  @Field({ description: 'Where the vendor works or delivers, e.g. "Berlin and Brandenburg" or "Online, EU-wide".' })
  @Column('text', { name: 'service_area', default: '' })
  serviceArea!: string;

  /** Catalog category ids the vendor sells in. */
  @Column('uuid', { name: 'category_ids', array: true, default: () => "'{}'" })
  categoryIds!: string[];

  /** Shown to its people and brand managers only (`Vendor.status` resolves to null for others). */
  @Column({ type: 'enum', enum: VendorStatus, enumName: 'vendor_status', default: VendorStatus.ACTIVE })
  status!: VendorStatus;

  @Column('timestamptz', { name: 'suspended_at', nullable: true })
  suspendedAt!: Date | null;

  @Column('uuid', { name: 'suspended_by', nullable: true })
  suspendedBy!: string | null;

  @Column('text', { name: 'suspension_reason', nullable: true })
  suspensionReason!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
