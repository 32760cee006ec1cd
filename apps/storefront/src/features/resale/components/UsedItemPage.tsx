import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { Badge, Breadcrumbs, ResponsiveImage } from '@/components/ui';
import { Price } from '@/components/ui';
import { usePageTitle } from '@/lib/page-title';
import { CONDITION_LABELS, KIND_LABELS } from '../labels';
import { resaleQueries } from '../queries';
import '../resale.css';

/**
 * A used item's page (`/used/:slug`): photos, condition, size, year, the seller's member page, the
 * masked frame serial and how it is handed over. `buy` is the cart's "Add to cart" (the app passes it).
 */
export function UsedItemPage({ buy }: { buy: (variant: { id: string; stock: number }, label: string) => ReactNode }) {
  const { slug = '' } = useParams();
  const query = useQuery(resaleQueries.item(slug));
  const product = query.data?.product;
  usePageTitle(product?.name ?? (query.isLoading ? null : 'Used item not found'));
  const [shown, setShown] = useState(0);

  if (query.isLoading) return <p aria-live="polite">Loading…</p>;
  if (query.error) return <p role="alert">{query.error.message}</p>;
  const item = product?.usedItem;
  if (!product || !item) {
    return (
      <section>
        <h1>Used item not found</h1>
        <p>
          It may have been sold or withdrawn. <Link to="/used">See what is for sale</Link>.
        </p>
      </section>
    );
  }
  const variant = product.variants[0];
  const photo = product.images[shown] ?? product.images[0];
  const details: [string, string | number | null | undefined][] = [
    ['Kind', KIND_LABELS[item.kind]],
    ['Brand', item.brand],
    ['Model', item.model],
    ['Frame size', item.frameSize],
    ['Year', item.year],
    ['Frame serial', item.frameSerialMasked],
    ['Handover', item.handoverNote],
  ];

  return (
    <article aria-labelledby="used-item-title" className="used-item">
      <Breadcrumbs items={[{ label: 'Used', to: '/used' }, { label: product.name }]} />
      <div className="used-item-layout">
        <div className="used-item-gallery">
          {photo && <ResponsiveImage image={photo} sizes="(min-width: 60rem) 40rem, 92vw" aspectRatio="4 / 3" priority />}
          {product.images.length > 1 && (
            <ul className="used-thumbs">
              {product.images.map((image, index) => (
                <li key={image.url}>
                  <button type="button" className="used-thumb" aria-pressed={index === shown} aria-label={`Show photo ${index + 1}: ${image.alt}`} onClick={() => setShown(index)}>
                    <ResponsiveImage image={image} sizes="6rem" aspectRatio="4 / 3" decorative />
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="used-item-buy">
          <h1 id="used-item-title">{product.name}</h1>
          <p className="used-card-meta">
            <Badge tone="primary">{CONDITION_LABELS[item.condition]}</Badge>
            <span>
              Sold by <Link to={`/members/${item.sellerId}`}>{item.sellerName}</Link>
            </span>
          </p>
          {variant && <Price money={variant.price} size="lg" />}
          {item.sold || !variant || variant.stock < 1 ? (
            <p>
              <strong>Sold.</strong> <Link to="/used">See what else is for sale</Link>
            </p>
          ) : (
            buy(variant, product.name)
          )}
          <p className="used-item-held">Bought through Ridgeline: your money is held until you confirm receipt.</p>
          <dl className="used-details">
            {details
              .filter(([, value]) => value !== null && value !== undefined && value !== '')
              .map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
        </div>
      </div>
      <section aria-labelledby="used-item-about" className="used-item-about">
        <h2 id="used-item-about">About it</h2>
        <p>{product.description}</p>
      </section>
    </article>
  );
}
