import { Injectable } from '@nestjs/common';
import { money, type Viewer } from '@flagship/api-core';
import { SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { LedgerAccounts } from '../ledger/ledger-accounts';
import { LedgerService } from '../ledger/ledger.service';
import { ListingStatus } from '../listings/listing.entity';
import { OrderPartStatus } from '../order-parts/order-part.entity';
import { type DashboardPeriod, periodWindow } from './dashboard-period';
import { DashboardPolicy } from './dashboard.policy';
import { type SalesRow, salesColumns, salesFigures } from './dashboard.sql';
import type { CustomerFigures, VendorDashboard } from './dashboard.types';

/** The currency the shop sells in (its first product's); the dashboards report in it. */
export const SHOP_CURRENCY_SQL = `coalesce((SELECT currency FROM product ORDER BY created_at, id LIMIT 1), 'EUR')`;

/**
 * A vendor's dashboard: listings, order parts, sales, balance, ratings and the customers the platform
 * brought (decision 0043). Five statements whatever the vendor's size: the vendor, listings, order
 * parts with the period's sales, customers, ratings; plus the ledger's balances.
 */
@Injectable()
export class VendorDashboardService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: LedgerService,
  ) {}

  async dashboard(viewer: Viewer, vendorId: string, period: DashboardPeriod): Promise<VendorDashboard> {
    const { from, to } = periodWindow(period);
    const sql = this.connection.manager;
    // A vendor organisation (its `vendor` row, when there is one, adds nothing the dashboard needs).
    const [vendor]: { id: string; name: string; currency: string }[] = await sql.query(
      `SELECT o.id, o.name, ${SHOP_CURRENCY_SQL} AS currency FROM organisation o WHERE o.id = $1 AND o.kind = 'VENDOR'`,
      [vendorId],
    );
    DashboardPolicy.authorize(viewer, 'vendor', vendor);
    const { currency } = vendor;
    const seller = { kind: SellerKind.VENDOR, id: vendorId };

    const listingRows: { status: ListingStatus; count: number; revisions: number }[] = await sql.query(
      `SELECT status, count(*)::int AS count, count(*) FILTER (WHERE pending_revision IS NOT NULL)::int AS revisions
         FROM listing WHERE seller_kind = $1 AND seller_id = $2 GROUP BY status ORDER BY status`,
      [SellerKind.VENDOR, vendorId],
    );
    const partRows: (SalesRow & { status: OrderPartStatus; count: number })[] = await sql.query(
      `SELECT p.status, count(*)::int AS count, ${salesColumns('p.paid_at >= $3 AND p.currency = $4')}
         FROM order_part p WHERE p.seller_kind = $1 AND p.seller_id = $2 GROUP BY p.status ORDER BY p.status`,
      [SellerKind.VENDOR, vendorId, from, currency],
    );
    const [customers]: CustomerFigures[] = await sql.query(
      `WITH buyers AS (
         SELECT buyer_id, min(paid_at) AS first_paid, count(DISTINCT order_id) AS orders, bool_or(paid_at >= $3) AS in_period
           FROM order_part WHERE seller_kind = $1 AND seller_id = $2 AND paid_at IS NOT NULL GROUP BY buyer_id)
       SELECT count(*) FILTER (WHERE in_period)::int AS "customers",
              count(*) FILTER (WHERE first_paid >= $3)::int AS "newCustomers",
              count(*) FILTER (WHERE in_period AND orders > 1)::int AS "repeatCustomers",
              count(*)::int AS "allTime"
         FROM buyers`,
      [SellerKind.VENDOR, vendorId, from],
    );
    const [ratings]: { weighted: string | null; count: number; ratedProducts: number }[] = await sql.query(
      `SELECT sum(rating_average * rating_count)::text AS weighted, coalesce(sum(rating_count), 0)::int AS count,
              count(*) FILTER (WHERE rating_count > 0)::int AS "ratedProducts"
         FROM product WHERE seller_kind = $1 AND seller_id = $2`,
      [SellerKind.VENDOR, vendorId],
    );
    const owedAccount = LedgerAccounts.seller(seller);
    const heldAccount = LedgerAccounts.held(seller);
    const balances = await this.ledger.balances([owedAccount, heldAccount], currency);

    return {
      vendorId,
      vendorName: vendor.name,
      period,
      from,
      to,
      currency,
      listings: listingRows.map(({ status, count }) => ({ status, count })),
      listingsWithPendingRevision: listingRows.reduce((sum, row) => sum + row.revisions, 0),
      orderParts: partRows.map(({ status, count }) => ({ status, count })),
      partsToFulfil: partRows.find((row) => row.status === OrderPartStatus.PAID)?.count ?? 0,
      sales: salesFigures(partRows, currency),
      balance: { owed: money(balances.get(owedAccount) ?? 0, currency), held: money(balances.get(heldAccount) ?? 0, currency) },
      ratings: {
        average: ratings.count > 0 && ratings.weighted !== null ? Math.round((Number(ratings.weighted) / ratings.count) * 100) / 100 : null,
        count: ratings.count,
        ratedProducts: ratings.ratedProducts,
      },
      customers,
    };
  }
}

