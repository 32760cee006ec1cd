import { Field, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** Shop-wide settings: a single row (id 1). */
@ObjectType()
@Entity('shop_settings')
@Check('shop_settings_single_row', '"id" = 1')
export class ShopSettings {
  @PrimaryColumn('integer', { primaryKeyConstraintName: 'shop_settings_pkey' })
  id!: number;

  @Field({ description: 'True: catalog prices include tax (shown as "incl. tax"). False: tax is added at checkout.' })
  @Column('boolean', { name: 'prices_include_tax', default: true })
  pricesIncludeTax!: boolean;

  @Field({ description: 'Minutes an unpaid order holds its stock.' })
  @Column('integer', { name: 'reservation_minutes', default: 30 })
  reservationMinutes!: number;
}
