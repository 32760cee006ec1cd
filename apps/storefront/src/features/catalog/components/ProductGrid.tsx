import type { ProductCardFieldsFragment } from '@/gql/graphql';
import { ProductCard } from './ProductCard';
import '../catalog.css';

/** Products as a grid of cards: two columns on a phone, three or four on a desktop. */
export function ProductGrid({ products, headingLevel }: { products: ProductCardFieldsFragment[]; headingLevel?: 2 | 3 }) {
  if (products.length === 0) return <p>No products match.</p>;
  return (
    <ul className="product-grid">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
