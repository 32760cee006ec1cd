import { money, type Money } from '@flagship/api-core';
import { toSafeInteger } from '@flagship/database';
import type { SalesFigures } from './dashboard.types';

/**
 * The sales columns every dashboard statement selects over `order_part p` rows paid in the period
 * (`$from` is the period's start): gross, refunds, the commission kept and the net earned, as text.
 */
export const salesColumns = (paidInPeriod: string) => `
  count(*) FILTER (WHERE ${paidInPeriod})::int AS "parts",
  coalesce(sum(p.gross_minor) FILTER (WHERE ${paidInPeriod}), 0)::text AS "gross",
  coalesce(sum(p.refunded_minor) FILTER (WHERE ${paidInPeriod}), 0)::text AS "refunds",
  coalesce(sum(p.commission_minor - p.commission_refunded_minor) FILTER (WHERE ${paidInPeriod}), 0)::text AS "commission"`;

export interface SalesRow {
  parts: number;
  gross: string;
  refunds: string;
  commission: string;
}

/** Rows of `salesColumns` added up, as money. */
export function salesFigures(rows: readonly SalesRow[], currency: string): SalesFigures {
  const sum = (key: 'gross' | 'refunds' | 'commission') => rows.reduce((total, row) => total + toSafeInteger(row[key]), 0);
  const gross = sum('gross');
  const refunds = sum('refunds');
  const commission = sum('commission');
  const m = (amount: number): Money => money(amount, currency);
  return { parts: rows.reduce((total, row) => total + row.parts, 0), gross: m(gross), refunds: m(refunds), commission: m(commission), net: m(gross - refunds - commission) };
}
