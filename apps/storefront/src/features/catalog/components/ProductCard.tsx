import type { HomeQuery } from '../../../gql/graphql';
import { formatPrice } from '../../../lib/format';

type Product = HomeQuery['products'][number];

export function ProductCard({ product }: { product: Product }) {
  return (
    <article className="product-card" aria-labelledby={`product-${product.id}`}>
      <div className={`product-art product-art-${product.category}`} aria-hidden="true">
        {product.name.charAt(0)}
      </div>
      <p className="product-category">{product.category}</p>
      <h3 id={`product-${product.id}`}>{product.name}</h3>
      <p className="product-description">{product.description}</p>
      <p className="product-price">{formatPrice(product.priceMinor, product.currency)}</p>
    </article>
  );
}
