import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Account } from '../account/account.entity';

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is stored, so a leaked
 * table does not let anyone sign in. Sessions live in the database, so any API process can serve any
 * request.
 */
@Entity('session')
@Unique('session_token_hash_key', ['tokenHash'])
@Index('session_account_id_idx', ['accountId'])
export class Session {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'session_pkey' })
  id!: string;

  @Column('text', { name: 'token_hash' })
  tokenHash!: string;

  @Column('uuid', { name: 'account_id' })
  accountId!: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'session_account_id_fkey' })
  account?: Relation<Account>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;
}
