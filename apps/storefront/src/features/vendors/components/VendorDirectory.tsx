import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Badge, EmptyState, Skeleton, buttonClassName } from '@/components/ui';
import { useBrand } from '@/lib/brand/brand';
import { usePageTitle } from '@/lib/page-title';
import { vendorQueries } from '../queries';
import '../vendors.css';

/** `/vendors`: the brand's curated vendors, each a card linking to its page. */
export function VendorDirectory() {
  usePageTitle('Vendors');
  const brand = useBrand();
  const query = useQuery(vendorQueries.directory());
  const vendors = query.data?.vendors.nodes ?? [];

  return (
    <section className="vendors" aria-labelledby="vendors-title">
      <header className="vendors-header">
        <div>
          <h1 id="vendors-title">Vendors</h1>
          <p className="muted">Fitters, workshops and makers {brand.name ?? 'the brand'} has chosen to sell beside its own bikes and parts. Every vendor is reviewed before they can sell.</p>
        </div>
        <Link className={buttonClassName({ variant: 'secondary' })} to="/sell">
          Sell with us
        </Link>
      </header>
      {query.isLoading ? (
        <ul className="vendor-grid" aria-busy="true" aria-label="Loading vendors">
          {Array.from({ length: 4 }, (_, i) => (
            <li key={i} className="vendor-card">
              <Skeleton shape="text" width="60%" />
              <Skeleton shape="text" width="40%" />
              <Skeleton shape="text" width="90%" />
            </li>
          ))}
        </ul>
      ) : query.error ? (
        <p role="alert">{query.error.message}</p>
      ) : vendors.length === 0 ? (
        <EmptyState title="No vendors yet" description="The first partners are being chosen. Check back soon." />
      ) : (
        <ul className="vendor-grid">
          {vendors.map((vendor) => (
            <li key={vendor.id} className="vendor-card">
              <h2 className="vendor-card-name">
                <Link to={`/vendors/${encodeURIComponent(vendor.slug)}`}>{vendor.name}</Link>
              </h2>
              <p className="vendor-card-area">{vendor.serviceArea}</p>
              <p className="vendor-card-description">{vendor.description}</p>
              {vendor.categories.length > 0 && (
                <ul className="vendor-categories" aria-label="Categories">
                  {vendor.categories.map((category) => (
                    <li key={category.id}>
                      <Badge>{category.name}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
