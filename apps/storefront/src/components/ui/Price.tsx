import { formatMoney, type Money } from '@/lib/money';

export interface PriceProps {
  money: Money;
  /** The price before a reduction, shown struck through and announced as the former price. */
  compareAt?: Money | null;
  /** "From €1,899.00" for a product whose variants differ in price. */
  from?: boolean;
  size?: 'sm' | 'md' | 'lg';
  className?: string;
}

/** A price, formatted by formatMoney (the amount in minor units and its currency), with tabular digits. */
export function Price({ money, compareAt, from = false, size = 'md', className }: PriceProps) {
  const reduced = compareAt && compareAt.currency === money.currency && compareAt.amountMinor > money.amountMinor;
  return (
    <span className={['ui-price', `ui-price-${size}`, className].filter(Boolean).join(' ')}>
      {from && <span className="ui-price-from">From </span>}
      <span className="ui-price-amount">{formatMoney(money)}</span>
      {reduced && (
        <>
          {' '}
          <s className="ui-price-compare">
            <span className="visually-hidden">was </span>
            {formatMoney(compareAt)}
          </s>
        </>
      )}
    </span>
  );
}
