import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Account } from '@flagship/accounts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Contribution } from '../contribution/contribution.entity';
import { COLLECTION_NAME_MAX_LENGTH } from './interactions.types';

/** A member's named list of saved contributions. Private unless its owner makes it public. */
@ObjectType({ description: 'A member’s saved contributions under a name; private unless made public.' })
@Entity('collection')
@Index('collection_owner_name_key', ['ownerId', 'name'], { unique: true })
@Check('collection_name_length_check', `char_length("name") BETWEEN 1 AND ${COLLECTION_NAME_MAX_LENGTH}`)
export class Collection {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'collection_pkey' })
  id!: string;

  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'collection_owner_id_fkey' })
  owner?: Relation<Account>;

  @Field()
  @Column('text')
  name!: string;

  @Field({ description: 'True when anyone with its link may see it.' })
  @Column('boolean', { name: 'is_public', default: false })
  isPublic!: boolean;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** A contribution saved in a collection, once. */
@Entity('collection_item')
@Index('collection_item_contribution_idx', ['contributionId'])
export class CollectionItem {
  @PrimaryColumn('uuid', { name: 'collection_id', primaryKeyConstraintName: 'collection_item_pkey' })
  collectionId!: string;

  @PrimaryColumn('uuid', { name: 'contribution_id', primaryKeyConstraintName: 'collection_item_pkey' })
  contributionId!: string;

  @ManyToOne(() => Collection, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id', foreignKeyConstraintName: 'collection_item_collection_id_fkey' })
  collection?: Relation<Collection>;

  @ManyToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id', foreignKeyConstraintName: 'collection_item_contribution_id_fkey' })
  contribution?: Relation<Contribution>;

  @CreateDateColumn({ name: 'saved_at', type: 'timestamptz' })
  savedAt!: Date;
}
