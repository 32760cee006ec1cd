import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Badge, Breadcrumbs, EmptyState, ImagePlaceholder, Price, ResponsiveImage, Skeleton } from '@/components/ui';
import type { OfferKind } from '@/gql/graphql';
import { ApiError } from '@/lib/graphql-client';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { usePageTitle } from '@/lib/page-title';
import { vendorQueries } from '../queries';
import '../vendors.css';

/** `/vendors/:slug`: who the vendor is, then their products and their services. */
export function VendorPage() {
  const slug = useParams().slug ?? '';
  const query = useQuery(vendorQueries.detail(slug));
  const vendor = query.data?.vendor;
  usePageTitle(query.isLoading ? null : (vendor?.name ?? 'Vendor not found'));

  if (query.isLoading) {
    return (
      <div className="vendor-page" aria-busy="true">
        <Skeleton shape="text" width="40%" />
        <Skeleton shape="text" width="70%" />
      </div>
    );
  }
  if (!vendor) {
    const missing = query.error instanceof ApiError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(query.error.code);
    return missing || !query.error ? (
      <EmptyState title="Vendor not found" description={<Link to="/vendors">See every vendor</Link>} headingLevel={2} />
    ) : (
      <p role="alert">{query.error.message}</p>
    );
  }

  const since = new Date(vendor.createdAt).toLocaleDateString(STOREFRONT_LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <article className="vendor-page" aria-labelledby="vendor-title">
      <Breadcrumbs
        items={[
          { label: 'Vendors', to: '/vendors' },
          { label: vendor.name },
        ]}
      />
      {vendor.status === 'SUSPENDED' && (
        <p className="vendor-suspended" role="status">
          <Badge tone="danger">Suspended</Badge> This page and every product of it are hidden from shoppers{vendor.suspensionReason ? `: ${vendor.suspensionReason}` : ''}.
        </p>
      )}
      <header className="vendor-page-header">
        <h1 id="vendor-title">{vendor.name}</h1>
        <p className="vendor-card-area">{vendor.serviceArea}</p>
      </header>
      <section className="vendor-about" aria-labelledby="vendor-about-title">
        <h2 id="vendor-about-title">About</h2>
        <p className="vendor-description">{vendor.description}</p>
        <dl className="vendor-facts">
          {vendor.categories.length > 0 && (
            <div>
              <dt>Sells in</dt>
              <dd>
                <ul className="vendor-categories">
                  {vendor.categories.map((category) => (
                    <li key={category.id}>
                      <Link to={`/shop?category=${encodeURIComponent(category.slug)}`}>
                        <Badge>{category.name}</Badge>
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {vendor.website && (
            <div>
              <dt>Website</dt>
              <dd>
                <a href={vendor.website} rel="noopener nofollow ugc" target="_blank">
                  {vendor.website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </dd>
            </div>
          )}
          <div>
            <dt>Selling here since</dt>
            <dd>{since}</dd>
          </div>
        </dl>
      </section>
      <VendorOffers sellerId={vendor.id} offerKind="GOODS" title="Products" empty={`${vendor.name} has no products on sale right now.`} />
      <VendorServices vendorId={vendor.id} empty={`${vendor.name} offers no bookable services yet.`} />
    </article>
  );
}

/** A vendor's bookable services, as cards linking to their booking page, with price, duration and where. */
function VendorServices({ vendorId, empty }: { vendorId: string; empty: string }) {
  const query = useQuery(vendorQueries.services(vendorId));
  const services = (query.data?.services ?? []).filter((service) => service.product);
  return (
    <section className="vendor-offers" aria-labelledby="vendor-service-title">
      <h2 id="vendor-service-title">Services</h2>
      {query.isLoading ? (
        <Skeleton shape="text" width="50%" />
      ) : query.error ? (
        <p role="alert">{query.error.message}</p>
      ) : services.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="vendor-page-service-grid">
          {services.map(({ product, durationMinutes, mode }) => (
            <li key={product!.id} className="vendor-page-service">
              <h3 className="vendor-offer-name">
                <Link to={`/services/${encodeURIComponent(product!.slug)}`}>{product!.name}</Link>
              </h3>
              <p className="vendor-page-service-description">{product!.description}</p>
              <p className="vendor-page-service-meta">
                <Badge>{durationText(durationMinutes)}</Badge>
                <Badge tone="success">{mode === 'ONLINE' ? 'Online' : 'In person'}</Badge>
                {product!.priceFrom && <Price money={product!.priceFrom} size="sm" className="vendor-page-service-price" />}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "1 h 30 min" for 90. */
function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours ? `${hours} h` : '', rest ? `${rest} min` : ''].filter(Boolean).join(' ');
}

/** A vendor's published goods, as cards. */
function VendorOffers({ sellerId, offerKind, title, empty }: { sellerId: string; offerKind: OfferKind; title: string; empty: string }) {
  const query = useQuery(vendorQueries.offers(sellerId, offerKind));
  const offers = query.data?.products.nodes ?? [];
  const id = `vendor-${offerKind.toLowerCase()}-title`;
  return (
    <section className="vendor-offers" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {query.isLoading ? (
        <Skeleton shape="text" width="50%" />
      ) : query.error ? (
        <p role="alert">{query.error.message}</p>
      ) : offers.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="vendor-offer-grid">
          {offers.map((offer) => (
            <li key={offer.id} className="vendor-offer">
              {offer.images[0] ? <ResponsiveImage image={offer.images[0]} sizes="(min-width: 60rem) 15rem, 45vw" aspectRatio="4 / 3" decorative /> : <ImagePlaceholder />}
              <h3 className="vendor-offer-name">
                <Link to={`/products/${encodeURIComponent(offer.slug)}`}>{offer.name}</Link>
              </h3>
              {offer.priceFrom && <Price money={offer.priceFrom} from size="sm" />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
