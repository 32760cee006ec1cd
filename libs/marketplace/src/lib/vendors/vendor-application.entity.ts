import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum VendorApplicationStatus {
  /** Waiting for a brand manager: the applicant's one open application. */
  SUBMITTED = 'SUBMITTED',
  /** Approved: the vendor organisation and its page exist (`vendorId`). */
  APPROVED = 'APPROVED',
  /** Refused with a reason the applicant reads; they may apply again. */
  REJECTED = 'REJECTED',
}
registerEnumType(VendorApplicationStatus, { name: 'VendorApplicationStatus' });

/**
 * A member's request to sell on the platform (decision 0037). At most one SUBMITTED application per
 * member (a partial unique index); a brand manager approves it (creating the vendor) or rejects it.
 */
@ObjectType({ description: 'A member’s application to sell on the platform, and the brand’s decision.' })
@Entity('vendor_application')
@Index('vendor_application_one_open_key', ['applicantId'], { unique: true, where: `"status" = 'SUBMITTED'` })
@Index('vendor_application_queue_idx', ['status', 'createdAt'])
@Index('vendor_application_applicant_idx', ['applicantId', 'createdAt'])
export class VendorApplication {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'vendor_application_pkey' })
  id!: string;

  /** The applying member's account. */
  @Column('uuid', { name: 'applicant_id' })
  applicantId!: string;

  @Field()
  @Column('text', { name: 'business_name' })
  businessName!: string;

  @Field({ description: 'What they would sell or offer, in their words (plain text).' })
  @Column('text')
  description!: string;

  /** Catalog categories they would sell in (checked against the catalog when submitted). */
  @Column('uuid', { name: 'category_ids', array: true, default: () => "'{}'" })
  categoryIds!: string[];

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  website!: string | null;

  @Field()
  @Column('text', { name: 'service_area' })
  serviceArea!: string;

  @Field(() => VendorApplicationStatus)
  @Column({ type: 'enum', enum: VendorApplicationStatus, enumName: 'vendor_application_status', default: VendorApplicationStatus.SUBMITTED })
  status!: VendorApplicationStatus;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  @Column('text', { nullable: true })
  reason!: string | null;

  /** The vendor organisation created on approval. */
  @Column('uuid', { name: 'vendor_id', nullable: true })
  vendorId!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
