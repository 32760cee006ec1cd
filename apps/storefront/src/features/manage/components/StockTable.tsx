import type { EditProductQuery } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';
import { StockAdjuster } from './StockAdjuster';
import '../manage.css';

type Variant = NonNullable<EditProductQuery['product']>['variants'][number];

/** Each variant's stock, with units to add or take away (a form per variant, outside the variant forms). */
export function StockTable({ productName, variants, onChanged }: { productName: string; variants: Variant[]; onChanged: () => unknown }) {
  return (
    <table className="stock-table">
      <caption className="visually-hidden">Stock of {productName}</caption>
      <thead>
        <tr>
          <th scope="col">Variant</th>
          <th scope="col">Price</th>
          <th scope="col">In stock</th>
          <th scope="col">Add or remove</th>
        </tr>
      </thead>
      <tbody>
        {variants.map((variant) => (
          <tr key={variant.id}>
            <th scope="row" data-label="Variant">
              {variant.name}
              <span className="muted"> {variant.sku}</span>
            </th>
            <td data-label="Price">{formatMoney(variant.price)}</td>
            <td data-label="In stock">{variant.stock}</td>
            <td data-label="Add or remove">
              <StockAdjuster variantId={variant.id} label={`${productName}, ${variant.name}`} onChanged={onChanged} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
