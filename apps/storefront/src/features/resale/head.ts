import type { UsedItemPageQuery } from '@/gql/graphql';
import { summarise, type PageHead, type SiteInfo } from '@/lib/head';

export function usedMarketHead(site: SiteInfo): PageHead {
  return {
    title: 'Used bikes and parts',
    description: `Used bikes and parts from riders, bought through ${site.name}: your money is held until you confirm receipt.`,
    canonicalPath: '/used',
  };
}

/** A used item's page: 404 when there is no such used item for sale. */
export function usedItemHead(data: UsedItemPageQuery | undefined, site: SiteInfo): PageHead {
  const product = data?.product;
  if (!product?.usedItem) return { title: 'Used item not found', status: 404, noindex: true };
  const photo = product.images[0];
  return {
    title: product.name,
    description: summarise(product.description) || `A used ${product.usedItem.brand} ${product.usedItem.model} on ${site.name}.`,
    canonicalPath: `/used/${encodeURIComponent(product.slug)}`,
    image: photo ? { url: photo.url, alt: photo.alt, width: photo.width, height: photo.height } : undefined,
    type: 'product',
  };
}
