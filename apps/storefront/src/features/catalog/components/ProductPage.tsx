import { useId, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { MemberName } from '@/components/member/MemberName';
import type { ProductQuery } from '@/gql/graphql';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { useProduct } from '../hooks/use-catalog';
import { ProductArt, ProductMorePhotos } from './ProductArt';
import { Rating } from './Rating';

type Product = NonNullable<ProductQuery['product']>;
export type ProductVariant = Product['variants'][number];

/**
 * A product with its variants. `purchase` renders what buys the chosen variant (the app puts the
 * cart's "Add to cart" there).
 */
export function ProductPage({ purchase }: { purchase: (product: Product, variant: ProductVariant) => ReactNode }) {
  const { slug = '' } = useParams();
  const { data, isLoading, error } = useProduct(slug);
  usePageTitle(isLoading ? null : (data?.product?.name ?? 'Product not available'));
  const [chosenId, setChosenId] = useState<string | null>(null);
  const pickerName = useId();

  if (isLoading) return <p aria-live="polite">Loading…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  const product = data?.product;
  if (!product) {
    return (
      <section aria-labelledby="missing-title">
        <h1 id="missing-title">This product is not available</h1>
        <p>
          <Link to="/shop">Back to the shop</Link>
        </p>
      </section>
    );
  }
  const chosen = product.variants.find((v) => v.id === chosenId) ?? product.variants.find((v) => v.inStock) ?? product.variants[0];

  return (
    <article className="product-page" aria-labelledby="product-title">
      <div className="product-gallery">
        <ProductArt product={product} large />
        <ProductMorePhotos product={product} />
      </div>
      <div className="product-details">
        <p className="product-category">
          <Link to={`/shop?category=${product.category.slug}`}>{product.category.name}</Link>
        </p>
        <h1 id="product-title">{product.name}</h1>
        <Rating average={product.ratingAverage} count={product.ratingCount} />
        <p>{product.description}</p>
        {chosen && <p className="product-price product-price-large">{formatMoney(chosen.price)}</p>}
        {product.variants.length > 1 && (
          <fieldset className="variant-picker">
            <legend>Choose</legend>
            {product.variants.map((variant) => (
              <label key={variant.id} className={variant.id === chosen?.id ? 'variant-option variant-option-chosen' : 'variant-option'}>
                <input
                  type="radio"
                  name={pickerName}
                  value={variant.id}
                  checked={variant.id === chosen?.id}
                  onChange={() => setChosenId(variant.id)}
                />
                {variant.name}
                {!variant.inStock && <span className="stock-out"> (sold out)</span>}
              </label>
            ))}
          </fieldset>
        )}
        {chosen && (
          <p className={chosen.inStock ? 'stock-in' : 'stock-out'} aria-live="polite">
            {chosen.inStock ? (chosen.stock <= 3 ? `Only ${chosen.stock} left` : 'In stock') : 'Sold out'}
          </p>
        )}
        {chosen && purchase(product, chosen)}
        {product.reviews.nodes.length > 0 && (
          <section aria-labelledby="reviews-title" className="reviews">
            <h2 id="reviews-title">Reviews</h2>
            <ul>
              {product.reviews.nodes.map((review) => (
                <li key={review.id}>
                  <p className="rating">{review.rating} out of 5</p>
                  <p>{review.body}</p>
                  <p className="review-author">
                    <MemberName member={review.author} />
                    {review.verifiedPurchase && <span className="muted">verified purchase</span>}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </article>
  );
}
