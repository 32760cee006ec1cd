import type { ServiceQuery } from '@/gql/graphql';
import { summarise, type PageHead } from '@/lib/head';

/** A service page's head: its name and description; 404 when the service is not offered. */
export function serviceHead(data: ServiceQuery['service'] | undefined): PageHead {
  if (!data?.product) return { title: 'Service not available', status: 404, noindex: true };
  return {
    title: data.product.name,
    description: summarise(data.product.description),
    canonicalPath: `/services/${encodeURIComponent(data.product.slug)}`,
    noindex: data.product.status !== 'PUBLISHED',
  };
}
