import { registerEnumType } from '@nestjs/graphql';

/**
 * What the product page says about stock and delivery. Shop-wide constants rather than settings
 * (decision 0021): one warehouse dispatches everything the same way today; a setting can replace them
 * when a brand needs its own words.
 */

/** At or below this many units a variant is LOW_STOCK and the product page says "Only 3 left". */
export const LOW_STOCK_THRESHOLD = 3;

/** When an order leaves the warehouse, shown beside a variant that is in stock. */
export const DISPATCH_TIME = 'Ships in 1–2 working days';

export enum StockAvailability {
  IN_STOCK = 'IN_STOCK',
  LOW_STOCK = 'LOW_STOCK',
  SOLD_OUT = 'SOLD_OUT',
}
registerEnumType(StockAvailability, {
  name: 'StockAvailability',
  description: `IN_STOCK; LOW_STOCK at ${LOW_STOCK_THRESHOLD} units or fewer (say how many are left); SOLD_OUT at none.`,
});

export function availabilityOf(stock: number): StockAvailability {
  if (stock <= 0) return StockAvailability.SOLD_OUT;
  return stock <= LOW_STOCK_THRESHOLD ? StockAvailability.LOW_STOCK : StockAvailability.IN_STOCK;
}
