import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Breadcrumbs, Button, Price, Skeleton } from '@/components/ui';
import type { ProductQuery } from '@/gql/graphql';
import { usePageTitle } from '@/lib/page-title';
import { useProduct } from '../hooks/use-catalog';
import { initialVariant } from '../variant-options';
import { ProductGallery } from './product/ProductGallery';
import { ProductReviews } from './product/ProductReviews';
import { SizeGuideDialog } from './product/SizeGuideDialog';
import { SpecsTable } from './product/SpecsTable';
import { VariantPicker } from './product/VariantPicker';
import { ProductGrid } from './ProductGrid';
import { Rating } from './Rating';
import '../catalog.css';

type Product = NonNullable<ProductQuery['product']>;
export type ProductVariant = Product['variants'][number];

/**
 * A product page: where it sits in the shop, its photos, name, rating and price; one picker per
 * option (colour swatches, sizes, the size guide), the chosen variant's stock and delivery, and
 * `purchase` (the app puts the cart's "Add to cart" there) while it is in stock; then its
 * description and specs, reviews (with the form for buyers) and related products.
 */
export function ProductPage({
  purchase,
  community,
}: {
  purchase: (product: Product, variant: ProductVariant) => ReactNode;
  /** What the community says about it, under the reviews (the app puts questions and answers there). */
  community?: (product: Product) => ReactNode;
}) {
  const { slug = '' } = useParams();
  const { data, isLoading, error } = useProduct(slug);
  usePageTitle(isLoading ? null : (data?.product?.name ?? 'Product not available'));

  if (isLoading) return <ProductPageSkeleton />;
  if (error) return <p role="alert">{error.message}</p>;
  const product = data?.product;
  if (!product) {
    return (
      <section className="ui-empty" aria-labelledby="missing-title">
        <h1 id="missing-title" className="ui-empty-title">
          This product is not available
        </h1>
        <p className="ui-empty-description">It may have been taken off sale. The shop has plenty more.</p>
        <Button asChild variant="secondary">
          <Link to="/shop">Back to the shop</Link>
        </Button>
      </section>
    );
  }
  // Keyed by product: another product's page starts from its own first variant.
  return <ProductView key={product.id} product={product} purchase={purchase} community={community} />;
}

function ProductView({
  product,
  purchase,
  community,
}: {
  product: Product;
  purchase: (product: Product, variant: ProductVariant) => ReactNode;
  community?: (product: Product) => ReactNode;
}) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = product.variants.find((v) => v.id === chosenId) ?? initialVariant(product.variants);
  const categoryLink = `/shop?category=${encodeURIComponent(product.category.slug)}`;

  return (
    <article className="product-page" aria-labelledby="product-title">
      <Breadcrumbs items={[{ label: 'Home', to: '/' }, { label: 'Shop', to: '/shop' }, { label: product.category.name, to: categoryLink }, { label: product.name }]} />
      <div className="product-main">
        <ProductGallery product={product} />
        <div className="product-summary">
          <p className="eyebrow">
            <Link to={categoryLink}>{product.category.name}</Link>
          </p>
          <h1 id="product-title">{product.name}</h1>
          <a href="#reviews" className="product-rating-link">
            <Rating average={product.ratingAverage} count={product.ratingCount} />
          </a>
          {chosen && <Price money={chosen.price} size="lg" className="product-price-now" />}
          {chosen && (
            <>
              <VariantPicker
                variants={product.variants}
                chosen={chosen}
                onChoose={(variant) => setChosenId(variant.id)}
                sizeGuide={product.sizeGuide && <SizeGuideDialog guide={product.sizeGuide} categoryName={product.category.name} chosenSize={chosen.size ?? null} />}
              />
              <StockMessage variant={chosen} dispatchTime={product.dispatchTime} showName={product.variants.length > 1} />
              <div className="product-purchase">
                {chosen.availability === 'SOLD_OUT' ? (
                  <Button disabled block>
                    Sold out
                  </Button>
                ) : (
                  purchase(product, chosen)
                )}
              </div>
            </>
          )}
        </div>
      </div>

      <div className="product-info">
        <section className="product-section" aria-labelledby="about-title">
          <h2 id="about-title">About the {product.name}</h2>
          <p className="product-description-full">{product.description}</p>
        </section>
        {product.specs.length > 0 && (
          <section className="product-section" aria-labelledby="specs-title">
            <h2 id="specs-title">Specs</h2>
            <SpecsTable specs={product.specs} />
          </section>
        )}
      </div>

      <ProductReviews product={product} />
      {community?.(product)}

      {product.related.length > 0 && (
        <section className="product-section product-related" aria-labelledby="related-title">
          <h2 id="related-title">You may also like</h2>
          <ProductGrid products={product.related} />
        </section>
      )}
    </article>
  );
}

/** The chosen variant's stock in words, and when it ships; announced when the choice changes. */
function StockMessage({ variant, dispatchTime, showName }: { variant: ProductVariant; dispatchTime: string; showName: boolean }) {
  const which = showName ? ` in ${variant.name}` : '';
  return (
    <div className="stock-message" aria-live="polite" aria-atomic="true">
      {variant.availability === 'SOLD_OUT' ? (
        <p className="stock stock-out">
          Sold out{which}. <span className="stock-hint">Choose another option, or come back soon.</span>
        </p>
      ) : (
        <>
          <p className={variant.availability === 'LOW_STOCK' ? 'stock stock-low' : 'stock stock-in'}>
            {variant.availability === 'LOW_STOCK' ? `Only ${variant.stock} left${which}` : `In stock${which}`}
          </p>
          <p className="dispatch">{dispatchTime}</p>
        </>
      )}
    </div>
  );
}

/** The page's shape while it loads, so nothing jumps when it arrives. */
function ProductPageSkeleton() {
  return (
    <div className="product-page" aria-busy="true">
      <p className="visually-hidden" aria-live="polite">
        Loading the product…
      </p>
      <Skeleton width="14rem" shape="text" />
      <div className="product-main">
        <Skeleton aspectRatio="1 / 1" />
        <div className="product-summary">
          <Skeleton width="6rem" shape="text" />
          <Skeleton height="2.5rem" />
          <Skeleton width="10rem" shape="text" />
          <Skeleton width="8rem" height="2rem" />
          <Skeleton height="6rem" />
        </div>
      </div>
    </div>
  );
}
