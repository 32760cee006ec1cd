import { Role } from '@flagship/api-core';
import { Check, CreateDateColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Account } from '../account/account.entity';

/**
 * A role granted to an account. CONSUMER is never stored: every account holds it. A row exists from
 * the grant until the revocation; the session lookup reads them on every request.
 */
@Entity('account_role')
@Index('account_role_role_idx', ['role'])
@Check('account_role_granted_check', `"role" <> 'CONSUMER'`)
export class AccountRole {
  @PrimaryColumn('uuid', { name: 'account_id', primaryKeyConstraintName: 'account_role_pkey' })
  accountId!: string;

  @PrimaryColumn({ type: 'enum', enum: Role, enumName: 'platform_role', primaryKeyConstraintName: 'account_role_pkey' })
  role!: Role;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'account_role_account_id_fkey' })
  account?: Relation<Account>;

  /** The brand manager who granted it; null for the platform (demo seed, migration). */
  @Column('uuid', { name: 'granted_by_id', nullable: true })
  grantedById!: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by_id', foreignKeyConstraintName: 'account_role_granted_by_id_fkey' })
  grantedBy?: Relation<Account>;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt!: Date;
}
