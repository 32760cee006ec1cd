import type { ProductCardFieldsFragment } from '@/gql/graphql';
import { ProductCard } from './ProductCard';
import '../catalog.css';

/**
 * Products as a grid of cards: two columns on a phone, three or four on a desktop. `priorityCount`:
 * on a page that opens with the grid, its first photos are the largest thing on the first screen, so
 * they load first instead of lazily (decision 0025); a phone's first row is two cards.
 */
export function ProductGrid({ products, headingLevel, priorityCount = 0 }: { products: ProductCardFieldsFragment[]; headingLevel?: 2 | 3; priorityCount?: number }) {
  if (products.length === 0) return <p>No products match.</p>;
  return (
    <ul className="product-grid">
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} headingLevel={headingLevel} priority={index < priorityCount} />
        </li>
      ))}
    </ul>
  );
}
