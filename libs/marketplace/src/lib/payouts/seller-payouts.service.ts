import { Injectable } from '@nestjs/common';
import { type Viewer } from '@flagship/api-core';
import { TransactionalConnection, toSafeInteger } from '@flagship/database';
import { LedgerAccounts } from '../ledger/ledger-accounts';
import { SellerBalance } from './dto/payout.types';
import { Payout } from './payout.entity';
import { PayoutPolicy, type PayoutSeller } from './payout.policy';

/** What a seller's payout dashboard reads: their payouts and their balance, both derived from stored rows. */
@Injectable()
export class SellerPayoutsService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** The seller's payouts, newest first. */
  async list(viewer: Viewer, seller: PayoutSeller, first = 50): Promise<Payout[]> {
    PayoutPolicy.authorize(viewer, 'read', seller);
    return this.connection.getRepository(Payout).find({
      where: { sellerKind: seller.sellerKind, sellerId: seller.sellerId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(first, 1), 100),
    });
  }

  /**
   * Per currency, from the ledger (decision 0036): owed now (the seller account's balance: sales and
   * releases less refunds and payouts), held (used items' money waiting on the claim window) and paid
   * out (payouts less their reversals). One statement.
   */
  async balance(viewer: Viewer, seller: PayoutSeller): Promise<SellerBalance[]> {
    PayoutPolicy.authorize(viewer, 'read', seller);
    const ref = { kind: seller.sellerKind, id: seller.sellerId };
    const account = LedgerAccounts.seller(ref);
    const held = LedgerAccounts.held(ref);
    const rows: { currency: string; owed: string | null; held: string | null; paid_out: string | null }[] = await this.connection.manager.query(
      `SELECT e.currency,
              sum(e.amount_minor) FILTER (WHERE e.account = $1)::text AS owed,
              sum(e.amount_minor) FILTER (WHERE e.account = $2)::text AS held,
              (-sum(e.amount_minor) FILTER (WHERE e.account = $1 AND t.kind IN ('PAYOUT', 'PAYOUT_REVERSAL')))::text AS paid_out
         FROM ledger_entry e JOIN ledger_transaction t ON t.id = e.transaction_id
        WHERE e.account IN ($1, $2)
        GROUP BY e.currency ORDER BY e.currency`,
      [account, held],
    );
    return rows.map((row) => {
      const amount = (value: string | null) => ({ amountMinor: value === null ? 0 : toSafeInteger(value), currency: row.currency.trim() });
      return { currency: row.currency.trim(), owed: amount(row.owed), held: amount(row.held), paidOut: amount(row.paid_out) };
    });
  }
}
