import { useBrand } from '../../brand/hooks/use-brand';
import { useHome } from '../hooks/use-home';
import { ProductCard } from './ProductCard';

export function HomePage() {
  const brand = useBrand();
  const { data, isLoading, error } = useHome();
  if (isLoading) return <p aria-live="polite">Loading the shop…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{brand.name}</h1>
        {brand.tagline && <p className="tagline">{brand.tagline}</p>}
      </section>
      <section aria-labelledby="products-title">
        <h2 id="products-title">Shop</h2>
        {data?.products.length ? (
          <ul className="product-grid">
            {data.products.map((product) => (
              <li key={product.id}>
                <ProductCard product={product} />
              </li>
            ))}
          </ul>
        ) : (
          <p>No products are published yet.</p>
        )}
      </section>
    </>
  );
}
