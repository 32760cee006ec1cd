import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SafeInt } from '@flagship/api-core';
import { bigintNumber } from '@flagship/database';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A commission a brand manager set for one vendor, one category, or one vendor's goods in one category.
 * The most specific rule wins: vendor + category, then vendor, then category, then the settings'
 * default (CommissionRules). Read when an order is placed; the part keeps what applied then.
 */
@ObjectType('CommissionRule', { description: 'A commission for one vendor, one category, or one vendor in one category.' })
@Entity('commission_rule')
@Unique('commission_rule_scope_key', ['vendorId', 'categoryId'])
@Check('commission_rule_scoped', '"vendor_id" IS NOT NULL OR "category_id" IS NOT NULL')
@Check('commission_rule_bp_range', '"bp" BETWEEN 0 AND 10000')
export class CommissionRuleEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'commission_rule_pkey' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The vendor organisation; null: every vendor (in the category).' })
  @Column('uuid', { name: 'vendor_id', nullable: true })
  vendorId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The category; null: all of the vendor’s goods.' })
  @Column('uuid', { name: 'category_id', nullable: true })
  categoryId!: string | null;

  @Field(() => Int, { description: 'Basis points of the goods (1500 = 15 %).' })
  @Column('integer')
  bp!: number;

  @Field(() => SafeInt, { nullable: true })
  @Column('bigint', { name: 'floor_minor', nullable: true, transformer: bigintNumber })
  floorMinor!: number | null;

  @Field(() => SafeInt, { nullable: true })
  @Column('bigint', { name: 'cap_minor', nullable: true, transformer: bigintNumber })
  capMinor!: number | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
