import { Link } from 'react-router';
import { Price } from '@/components/ui';
import type { ProductCardFieldsFragment } from '@/gql/graphql';
import { ProductArt } from './ProductArt';
import { Rating } from './Rating';

/**
 * A product in a grid: photo, name, price and rating, compact enough for two columns on a phone. The
 * whole card is one link (the name's, stretched over it), so it is one Tab stop.
 */
export function ProductCard({ product, headingLevel = 3 }: { product: ProductCardFieldsFragment; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="product-card">
      <ProductArt product={product} />
      <div className="product-card-body">
        <Heading className="product-card-name">
          <Link to={`/products/${product.slug}`} className="card-link">
            {product.name}
          </Link>
        </Heading>
        {product.priceFrom && <Price money={product.priceFrom} size="sm" />}
        <Rating average={product.ratingAverage} count={product.ratingCount} compact />
      </div>
    </article>
  );
}
