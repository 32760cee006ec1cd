import { Link } from 'react-router';
import type { ProductCardFieldsFragment } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';
import { ProductArt } from './ProductArt';
import { Rating } from './Rating';

export function ProductCard({ product }: { product: ProductCardFieldsFragment }) {
  return (
    <article className="product-card">
      <ProductArt product={product} />
      <p className="product-category">{product.category.name}</p>
      <h3>
        <Link to={`/products/${product.slug}`} className="card-link">
          {product.name}
        </Link>
      </h3>
      <p className="product-description">{product.description}</p>
      <Rating average={product.ratingAverage} count={product.ratingCount} />
      {product.priceFrom && (
        <p className="product-price">
          <span className="price-from">from </span>
          {formatMoney(product.priceFrom)}
        </p>
      )}
    </article>
  );
}
