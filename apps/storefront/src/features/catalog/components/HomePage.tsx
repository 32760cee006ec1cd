import { Link } from 'react-router';
import { BrandHero, BrandHeroPlaceholder } from '@/components/brand/BrandHero';
import { ArrowRightIcon, Skeleton } from '@/components/ui';
import { useBrand } from '@/lib/brand/brand';
import { usePageTitle } from '@/lib/page-title';
import { useCategories, useProducts } from '../hooks/use-catalog';
import { ProductGrid } from './ProductGrid';
import './home.css';

const NO_FILTER = {};
const NEW_IN_COUNT = 8;

/**
 * The brand's landing page: its hero (texts and colours from the brand settings), its departments,
 * and what is new. Everything that loads has its space reserved (hero, tiles, cards), so the page
 * does not move as the data arrives.
 */
export function HomePage() {
  // The home page is titled with the brand's name alone.
  usePageTitle(null);
  const brand = useBrand();
  const newest = useProducts(NO_FILTER, 'NEWEST', NEW_IN_COUNT);
  const categories = useCategories();
  return (
    <div className="home">
      {brand.name && brand.hero ? (
        <BrandHero
          eyebrow={brand.hero.eyebrow}
          title={brand.hero.title || brand.name}
          text={brand.hero.text || brand.tagline}
          ctaLabel={brand.hero.ctaLabel}
          ctaHref={brand.hero.ctaHref}
          image={brand.heroImage}
        />
      ) : (
        <>
          <h1 className="visually-hidden">Home</h1>
          <BrandHeroPlaceholder />
        </>
      )}

      <nav aria-label="Departments" className="home-section">
        <div className="home-section-header">
          <h2 id="departments-title">Shop by department</h2>
        </div>
        <ul className="department-tiles" aria-busy={categories.isLoading || undefined}>
          {categories.data
            ? categories.data.categories.map((category, index) => (
                <li key={category.id}>
                  <Link to={`/shop?category=${category.slug}`} className={`department-tile department-tile-${index % 3}`}>
                    <span className="department-tile-name">{category.name}</span>
                    <span className="department-tile-cta">
                      Shop {category.name.toLowerCase()} <ArrowRightIcon />
                    </span>
                  </Link>
                </li>
              ))
            : [0, 1, 2].map((index) => (
                <li key={index}>
                  <Skeleton className="department-tile" />
                </li>
              ))}
        </ul>
        {categories.error && <p role="alert">{categories.error.message}</p>}
      </nav>

      <section aria-labelledby="new-title" className="home-section home-featured">
        <div className="home-section-header">
          <h2 id="new-title">New in</h2>
          <Link to="/shop" className="home-section-link">
            View all <ArrowRightIcon />
          </Link>
        </div>
        {newest.isLoading && (
          <div aria-live="polite">
            <span className="visually-hidden">Loading the newest products…</span>
            <ul className="product-grid" aria-hidden="true">
              {Array.from({ length: NEW_IN_COUNT }, (_, index) => (
                <li key={index} className="product-card-placeholder">
                  <Skeleton aspectRatio="4 / 3" />
                  <Skeleton shape="text" width="30%" />
                  <Skeleton shape="text" width="70%" />
                  <Skeleton shape="text" />
                  <Skeleton shape="text" width="40%" />
                </li>
              ))}
            </ul>
          </div>
        )}
        {newest.error && <p role="alert">{newest.error.message}</p>}
        {newest.data && <ProductGrid products={newest.data.pages[0].products.nodes} />}
      </section>
    </div>
  );
}
