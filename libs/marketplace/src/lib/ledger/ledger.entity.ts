import { bigintNumber } from '@flagship/database';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';

/** Why money moved: each ledger transaction is one of these. */
export enum LedgerTransactionKind {
  /** An order part was paid: the buyer's money split into the seller's net and the commission. */
  SALE = 'SALE',
  /** Part of a sale given back, reversed in proportion (commission included). */
  REFUND = 'REFUND',
  /** Held funds of a used-item sale released to the seller (buyer confirmed, or the claim window passed). */
  RELEASE = 'RELEASE',
  /** A build creator's share of a sale of the product made from their build. */
  ROYALTY = 'ROYALTY',
  /** Money sent to a seller's connected account (or recorded as sent, in test mode). */
  PAYOUT = 'PAYOUT',
  /** A payout taken back (its transfer reversed after a refund). */
  PAYOUT_REVERSAL = 'PAYOUT_REVERSAL',
}

/**
 * One balanced movement of money: its entries sum to zero (a deferred constraint trigger checks it at
 * commit, so no unbalanced transaction can ever be stored). Written once, never changed: a mistake is
 * corrected by another transaction.
 */
@Entity('ledger_transaction')
@Unique('ledger_transaction_idempotency_key', ['idempotencyKey'])
@Index('ledger_transaction_order_part_idx', ['orderPartId'])
export class LedgerTransaction {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'ledger_transaction_pkey' })
  id!: string;

  @Column({ type: 'enum', enum: LedgerTransactionKind, enumName: 'ledger_transaction_kind' })
  kind!: LedgerTransactionKind;

  @Column('uuid', { name: 'order_id', nullable: true })
  orderId!: string | null;

  @Column('uuid', { name: 'order_part_id', nullable: true })
  orderPartId!: string | null;

  /** The same key posts once: a retried reaction or job finds the transaction already there. */
  @Column('text', { name: 'idempotency_key' })
  idempotencyKey!: string;

  @Column('text')
  memo!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/**
 * One side of a ledger transaction: an amount on a ledger account (see `LedgerAccounts`). Positive
 * amounts are what the account is owed or holds; the platform's clearing account goes negative by
 * what buyers paid in.
 */
@Entity('ledger_entry')
@Index('ledger_entry_account_idx', ['account', 'currency'])
@Index('ledger_entry_transaction_idx', ['transactionId'])
export class LedgerEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'ledger_entry_pkey' })
  id!: string;

  @Column('uuid', { name: 'transaction_id' })
  transactionId!: string;

  @ManyToOne(() => LedgerTransaction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transaction_id', foreignKeyConstraintName: 'ledger_entry_transaction_id_fkey' })
  transaction?: Relation<LedgerTransaction>;

  @Column('text')
  account!: string;

  @Column('bigint', { name: 'amount_minor', transformer: bigintNumber })
  amountMinor!: number;

  @Column('char', { length: 3 })
  currency!: string;
}
