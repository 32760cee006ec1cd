import { Link } from 'react-router';
import { ResponsiveImage } from '@/components/ui';
import { useBrand } from '@/lib/brand/brand';
import { usePageTitle } from '@/lib/page-title';
import { useCategories, useProducts } from '../hooks/use-catalog';
import { ProductGrid } from './ProductGrid';

const NO_FILTER = {};

export function HomePage() {
  // The home page is titled with the brand's name alone.
  usePageTitle(null);
  const brand = useBrand();
  const newest = useProducts(NO_FILTER, 'NEWEST', 8);
  const categories = useCategories();
  return (
    <>
      <section className={brand.heroImage ? 'hero hero-with-image' : 'hero'} aria-labelledby="hero-title">
        {/* The brand's hero image (Brand.heroImage): the largest thing on the first screen, so loaded first. */}
        {brand.heroImage && <ResponsiveImage image={brand.heroImage} sizes="(min-width: 80rem) 80rem, 100vw" priority className="hero-image" />}
        <div className="hero-copy">
          <h1 id="hero-title">{brand.name ?? 'Flagship'}</h1>
          {brand.tagline && <p className="tagline">{brand.tagline}</p>}
          <p>
            <Link to="/shop" className="button-primary">
              Browse the shop
            </Link>
          </p>
        </div>
      </section>
      {categories.data && categories.data.categories.length > 0 && (
        <nav aria-label="Departments" className="departments">
          <ul>
            {categories.data.categories.map((category) => (
              <li key={category.id}>
                <Link to={`/shop?category=${category.slug}`}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section aria-labelledby="new-title">
        <h2 id="new-title">New in</h2>
        {newest.isLoading && <p aria-live="polite">Loading the shop…</p>}
        {newest.error && <p role="alert">{newest.error.message}</p>}
        {newest.data && <ProductGrid products={newest.data.pages[0].products.nodes} />}
      </section>
    </>
  );
}
