import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An address a member keeps for later checkouts. Orders copy their address in when placed, so
 * changing or removing a saved one never changes an order. Only its owner ever sees it.
 */
@ObjectType({ description: 'An address in the signed-in member’s address book.' })
@Entity('saved_address')
@Index('saved_address_account_id_idx', ['accountId', 'createdAt'])
// At most one default per member; setting another one clears it first, in the same transaction.
@Index('saved_address_one_default_key', ['accountId'], { unique: true, where: '"is_default"' })
export class SavedAddress {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'saved_address_pkey' })
  id!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @Field({ description: 'Recipient' })
  @Column('text')
  name!: string;

  @Field()
  @Column('text')
  line1!: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  line2!: string | null;

  @Field()
  @Column('text')
  city!: string;

  @Field()
  @Column('text')
  postcode!: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  @Column('char', { length: 2 })
  country!: string;

  @Field({ description: 'Offered first at checkout.' })
  @Column('boolean', { name: 'is_default', default: false })
  isDefault!: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
