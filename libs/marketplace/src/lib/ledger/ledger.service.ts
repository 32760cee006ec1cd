import { Injectable } from '@nestjs/common';
import { TransactionalConnection, toSafeInteger } from '@flagship/database';
import { LedgerEntry, LedgerTransaction, type LedgerTransactionKind } from './ledger.entity';

export interface LedgerLine {
  transactionId: string;
  kind: LedgerTransactionKind;
  account: string;
  amountMinor: number;
  currency: string;
}

export interface LedgerPosting {
  kind: LedgerTransactionKind;
  /** Posting twice with one key stores one transaction (the second call returns the first). */
  idempotencyKey: string;
  memo: string;
  currency: string;
  orderId?: string | null;
  orderPartId?: string | null;
  /** Signed amounts in minor units; they must sum to zero. Zero amounts are left out. */
  entries: { account: string; amountMinor: number }[];
}

/**
 * The double-entry ledger of every sale, refund, release, royalty and payout (decision 0036). Post
 * inside the transaction of the change it records, so money and state never disagree.
 */
@Injectable()
export class LedgerService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Stores a balanced transaction once per idempotency key; returns it (the earlier one on a repeat). */
  async post(posting: LedgerPosting): Promise<{ transaction: LedgerTransaction; created: boolean }> {
    const entries = posting.entries.filter((entry) => entry.amountMinor !== 0);
    const sum = entries.reduce((total, entry) => total + BigInt(entry.amountMinor), 0n);
    if (sum !== 0n) throw new Error(`Ledger transaction ${posting.idempotencyKey} does not balance (off by ${sum})`);
    if (entries.some((entry) => !Number.isSafeInteger(entry.amountMinor))) throw new Error('Ledger amounts are whole minor units');
    return this.connection.withTransaction(async () => {
      const inserted: { id: string }[] = await this.connection.manager.query(
        `INSERT INTO ledger_transaction (kind, order_id, order_part_id, idempotency_key, memo) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT ledger_transaction_idempotency_key DO NOTHING RETURNING id`,
        [posting.kind, posting.orderId ?? null, posting.orderPartId ?? null, posting.idempotencyKey, posting.memo],
      );
      const transactions = this.connection.getRepository(LedgerTransaction);
      if (inserted.length === 0) return { transaction: await transactions.findOneByOrFail({ idempotencyKey: posting.idempotencyKey }), created: false };
      const transactionId = inserted[0].id;
      if (entries.length) {
        await this.connection
          .getRepository(LedgerEntry)
          .insert(entries.map((entry) => ({ transactionId, account: entry.account, amountMinor: entry.amountMinor, currency: posting.currency })));
      }
      return { transaction: await transactions.findOneByOrFail({ id: transactionId }), created: true };
    });
  }

  /** An account's balance per currency, derived from its entries. */
  async balance(account: string): Promise<Map<string, number>> {
    const rows: { currency: string; total: string }[] = await this.connection.manager.query(
      `SELECT currency, sum(amount_minor)::text AS total FROM ledger_entry WHERE account = $1 GROUP BY currency`,
      [account],
    );
    return new Map(rows.map((row) => [row.currency, toSafeInteger(row.total)]));
  }

  /** Balances of many accounts at once (one statement), in one currency; 0 for an account without entries. */
  async balances(accounts: readonly string[], currency: string): Promise<Map<string, number>> {
    const rows: { account: string; total: string }[] = await this.connection.manager.query(
      `SELECT account, sum(amount_minor)::text AS total FROM ledger_entry WHERE account = ANY($1) AND currency = $2 GROUP BY account`,
      [accounts, currency],
    );
    const found = new Map(rows.map((row) => [row.account, toSafeInteger(row.total)]));
    return new Map(accounts.map((account) => [account, found.get(account) ?? 0]));
  }

  /** Entries of one order part, oldest first (for tests, dashboards and audits). */
  async entriesOfPart(orderPartId: string): Promise<LedgerLine[]> {
    const rows: (Omit<LedgerLine, 'amountMinor'> & { amountMinor: string })[] = await this.connection.manager.query(
      `SELECT e.transaction_id AS "transactionId", t.kind, e.account, e.amount_minor::text AS "amountMinor", e.currency
         FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
        WHERE t.order_part_id = $1 ORDER BY e.id`,
      [orderPartId],
    );
    return rows.map((row) => ({ ...row, amountMinor: toSafeInteger(row.amountMinor) }));
  }
}
