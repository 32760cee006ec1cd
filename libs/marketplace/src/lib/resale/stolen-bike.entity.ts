import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { StolenBikeSource } from './resale.types';

/** A frame serial on the stolen-bike list: imported by brand managers or reported by its owner. A used bike with it cannot be listed. */
@ObjectType({ description: 'A frame serial reported stolen.' })
@Entity('stolen_bike')
@Unique('stolen_bike_serial_key', ['serial'])
export class StolenBike {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'stolen_bike_pkey' })
  id!: string;

  @Field({ description: 'Normalised: upper-case, no spaces or dashes.' })
  @Column('text')
  serial!: string;

  @Field(() => StolenBikeSource)
  @Column({ type: 'enum', enum: StolenBikeSource, enumName: 'stolen_bike_source' })
  source!: StolenBikeSource;

  @Column('uuid', { name: 'reported_by', nullable: true })
  reportedBy!: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
