import { Injectable } from '@nestjs/common';
import { money, type Viewer } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';
import { TransactionalConnection, toSafeInteger } from '@flagship/database';
import { LedgerAccounts } from '../ledger/ledger-accounts';
import { type DashboardPeriod, periodWindow } from './dashboard-period';
import { DashboardPolicy } from './dashboard.policy';
import { type SalesRow, salesColumns, salesFigures } from './dashboard.sql';
import type { MarketplaceSummary } from './dashboard.types';
import { SHOP_CURRENCY_SQL } from './vendor-dashboard.service';

/**
 * The marketplace for brand managers (decision 0043): the commission the brand earns (from the ledger),
 * sales by kind of seller, and each vendor's sales and new customers. Three statements whatever the
 * number of vendors, orders or ledger entries.
 */
@Injectable()
export class MarketplaceSummaryService {
  constructor(private readonly connection: TransactionalConnection) {}

  async summary(viewer: Viewer, period: DashboardPeriod): Promise<MarketplaceSummary> {
    DashboardPolicy.authorize(viewer, 'summary', {});
    const { from, to } = periodWindow(period);
    const sql = this.connection.manager;

    const [commission]: { currency: string; period: string; allTime: string }[] = await sql.query(
      `WITH shop AS (SELECT ${SHOP_CURRENCY_SQL} AS currency)
       SELECT shop.currency,
              coalesce(sum(e.amount_minor) FILTER (WHERE t.created_at >= $2), 0)::text AS period,
              coalesce(sum(e.amount_minor), 0)::text AS "allTime"
         FROM shop
         LEFT JOIN ledger_entry e ON e.account = $1 AND e.currency = shop.currency
         LEFT JOIN ledger_transaction t ON t.id = e.transaction_id
        GROUP BY shop.currency`,
      [LedgerAccounts.commission, from],
    );
    const { currency } = commission;

    const kindRows: (SalesRow & { sellerKind: SellerKind })[] = await sql.query(
      `SELECT p.seller_kind AS "sellerKind", ${salesColumns('true')}
         FROM order_part p WHERE p.paid_at >= $1 AND p.currency = $2 GROUP BY p.seller_kind`,
      [from, currency],
    );

    // Every vendor organisation, its sales in the period and the buyers it gained in it.
    const vendorRows: (SalesRow & { vendorId: string; name: string; status: string; newCustomers: number })[] = await sql.query(
      `WITH sales AS (
         SELECT p.seller_id, ${salesColumns('p.paid_at >= $1 AND p.currency = $2')}
           FROM order_part p WHERE p.seller_kind = $3 AND p.paid_at IS NOT NULL GROUP BY p.seller_id),
       firsts AS (
         SELECT seller_id, buyer_id, min(paid_at) AS first_paid
           FROM order_part WHERE seller_kind = $3 AND paid_at IS NOT NULL GROUP BY seller_id, buyer_id),
       gained AS (SELECT seller_id, count(*)::int AS n FROM firsts WHERE first_paid >= $1 GROUP BY seller_id)
       SELECT o.id AS "vendorId", o.name, coalesce(v.status::text, 'ACTIVE') AS status,
              coalesce(s.parts, 0)::int AS parts, coalesce(s.gross, '0') AS gross, coalesce(s.refunds, '0') AS refunds,
              coalesce(s.commission, '0') AS commission, coalesce(g.n, 0)::int AS "newCustomers"
         FROM organisation o
         LEFT JOIN vendor v ON v.organisation_id = o.id
         LEFT JOIN sales s ON s.seller_id = o.id
         LEFT JOIN gained g ON g.seller_id = o.id
        WHERE o.kind = 'VENDOR'
        ORDER BY coalesce(s.gross, '0')::bigint DESC, o.name, o.id`,
      [from, currency, SellerKind.VENDOR],
    );

    const vendors = vendorRows.map((row) => ({
      vendorId: row.vendorId,
      name: row.name,
      status: row.status,
      sales: salesFigures([row], currency),
      newCustomers: row.newCustomers,
    }));
    return {
      period,
      from,
      to,
      currency,
      commissionEarned: money(toSafeInteger(commission.period), currency),
      commissionAllTime: money(toSafeInteger(commission.allTime), currency),
      salesBySellerKind: Object.values(SellerKind).map((sellerKind) => ({
        sellerKind,
        sales: salesFigures(
          kindRows.filter((row) => row.sellerKind === sellerKind),
          currency,
        ),
      })),
      activeVendors: vendors.filter((vendor) => vendor.status !== 'SUSPENDED').length,
      sellingVendors: vendors.filter((vendor) => vendor.sales.parts > 0).length,
      newVendorCustomers: vendors.reduce((sum, vendor) => sum + vendor.newCustomers, 0),
      vendors,
    };
  }
}
