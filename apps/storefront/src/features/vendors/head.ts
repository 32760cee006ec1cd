import type { VendorQuery } from '@/gql/graphql';
import type { PageHead, SiteInfo } from '@/lib/head';

/** The vendor directory's head. */
export function directoryHead(site: SiteInfo): PageHead {
  return {
    title: 'Vendors',
    description: `Workshops, fitters and makers ${site.name} has chosen to sell beside its own bikes and parts.`,
    canonicalPath: '/vendors',
  };
}

/** A vendor page's head; 404 when there is no such (visible) vendor. */
export function vendorHead(data: VendorQuery | undefined, site: SiteInfo): PageHead {
  const vendor = data?.vendor;
  if (!vendor) return { title: 'Vendor not found', status: 404, noindex: true };
  const description = vendor.description.length > 160 ? `${vendor.description.slice(0, 157).trimEnd()}…` : vendor.description;
  return {
    title: vendor.name,
    description: description || `${vendor.name} sells on ${site.name}.`,
    canonicalPath: `/vendors/${encodeURIComponent(vendor.slug)}`,
    noindex: vendor.status === 'SUSPENDED',
    jsonLd: [{ '@context': 'https://schema.org', '@type': 'Organization', name: vendor.name, description: vendor.description, ...(vendor.website ? { url: vendor.website } : {}), areaServed: vendor.serviceArea }],
  };
}
