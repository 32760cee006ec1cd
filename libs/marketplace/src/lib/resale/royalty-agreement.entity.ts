import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A build accepted in the community became this brand product: its creator earns `bp` of its sales (decision 0042). */
@Entity('royalty_agreement')
export class RoyaltyAgreement {
  @PrimaryColumn('uuid', { name: 'product_id', primaryKeyConstraintName: 'royalty_agreement_pkey' })
  productId!: string;

  @Column('uuid', { name: 'creator_id' })
  creatorId!: string;

  @Column('integer')
  bp!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
