import { registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from '../account/account.entity';

/** Badges a brand manager grants by hand. The others follow from roles and memberships (see BadgeKind). */
export enum GrantedBadge {
  EXPERT = 'EXPERT',
}
registerEnumType(GrantedBadge, { name: 'GrantedBadge', description: 'Badges a brand manager grants by hand; the others follow from roles and memberships.' });

/** A badge a brand manager granted to a member. Members never choose their badges. */
@Entity('member_badge')
export class MemberBadge {
  @PrimaryColumn('uuid', { name: 'account_id', primaryKeyConstraintName: 'member_badge_pkey' })
  accountId!: string;

  @PrimaryColumn({ type: 'enum', enum: GrantedBadge, enumName: 'granted_badge', primaryKeyConstraintName: 'member_badge_pkey' })
  badge!: GrantedBadge;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'member_badge_account_id_fkey' })
  account?: Relation<Account>;

  @Column('uuid', { name: 'granted_by_id', nullable: true })
  grantedById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by_id', foreignKeyConstraintName: 'member_badge_granted_by_id_fkey' })
  grantedBy?: Relation<Account>;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
