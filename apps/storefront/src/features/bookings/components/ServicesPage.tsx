import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Badge, EmptyState, Skeleton } from '@/components/ui';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { bookingQueries, type ServiceCard } from '../queries';
import { durationText } from '../time';
import '../bookings.css';

/** Every approved service of the platform's vendors: who offers it, how long it takes, what it costs, where. */
export function ServicesPage() {
  usePageTitle('Services');
  const services = useQuery(bookingQueries.services());
  return (
    <section aria-labelledby="services-title" className="services-page">
      <header className="services-intro">
        <h1 id="services-title">Services</h1>
        <p>Bike fits, workshop services and guided rides from partners we ride with. Pick a time and pay at checkout.</p>
      </header>
      {services.isLoading && (
        <div className="service-grid" aria-busy="true">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="service-card-skeleton" />
          ))}
        </div>
      )}
      {services.error && <p role="alert">{services.error.message}</p>}
      {services.data && services.data.length === 0 && <EmptyState title="No services yet" description="Our partners’ services will show here once they are listed." />}
      {services.data && services.data.length > 0 && (
        <ul className="service-grid">
          {services.data.map((service) => (
            <li key={service.productId}>
              <ServiceCardView service={service} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ServiceCardView({ service }: { service: ServiceCard }) {
  if (!service.product) return null;
  return (
    <article className="service-card">
      <h2 className="service-card-title">
        <Link to={`/services/${service.product.slug}`}>{service.product.name}</Link>
      </h2>
      {service.vendor && <p className="service-card-vendor">by {service.vendor.name}</p>}
      <p className="service-card-summary">{service.product.description.split('\n')[0]}</p>
      <div className="service-card-facts">
        <Badge>{durationText(service.durationMinutes)}</Badge>
        <Badge tone="primary">{service.mode === 'ONLINE' ? 'Online' : 'In person'}</Badge>
        {service.product.priceFrom && <span className="service-card-price">{formatMoney(service.product.priceFrom)}</span>}
      </div>
    </article>
  );
}
