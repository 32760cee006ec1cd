import type { ProductCardFieldsFragment } from '@/gql/graphql';
import { ProductCard } from './ProductCard';

export function ProductGrid({ products }: { products: ProductCardFieldsFragment[] }) {
  if (products.length === 0) return <p>No products match.</p>;
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}
