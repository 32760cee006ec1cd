import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The tax rate for deliveries to one country. The countries listed here are the ones the shop ships to. */
@ObjectType({ description: 'Tax rate for deliveries to a country; the shop ships to the countries listed.' })
@Entity('tax_rate')
export class TaxRate {
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  @PrimaryColumn('char', { length: 2, primaryKeyConstraintName: 'tax_rate_pkey' })
  country!: string;

  @Field(() => Int, { description: 'Basis points: 1900 is 19%.' })
  @Column('integer', { name: 'rate_bp' })
  rateBp!: number;
}
