import type { CategoriesQuery, ProductQuery } from '@/gql/graphql';
import { absoluteUrl, summarise, type PageHead, type SiteInfo } from '@/lib/head';
import { moneyInputText } from '@/lib/money';

type Product = NonNullable<ProductQuery['product']>;

const IN_STOCK = 'https://schema.org/InStock';
const OUT_OF_STOCK = 'https://schema.org/OutOfStock';

/**
 * A product page's head: its name, description and first photo for previews, and schema.org
 * `Product` (with its offers and rating) and `BreadcrumbList` data for search results. A product the
 * shop does not show answers 404; a draft (seen by a manager) is kept out of search results.
 */
export function productHead(data: ProductQuery | undefined, { site, origin }: { site: SiteInfo; origin: string }): PageHead {
  const product = data?.product;
  if (!product) return { title: 'Product not available', status: 404, noindex: true };
  const path = `/products/${encodeURIComponent(product.slug)}`;
  const [image] = product.images;
  return {
    title: product.name,
    description: summarise(product.description),
    canonicalPath: path,
    type: 'product',
    image: image ? { url: image.url, alt: image.alt } : undefined,
    noindex: product.status !== 'PUBLISHED',
    jsonLd: [productJsonLd(product, absoluteUrl(origin, path), site, origin), breadcrumbJsonLd(product, origin)],
  };
}

/** schema.org Product: one Offer for a single variant, an AggregateOffer over several. */
export function productJsonLd(product: Product, url: string, site: SiteInfo, origin: string): Record<string, unknown> {
  const offers = product.variants.map((variant) => ({
    '@type': 'Offer',
    sku: variant.sku,
    name: variant.name,
    price: moneyInputText(variant.price),
    priceCurrency: variant.price.currency,
    availability: variant.inStock ? IN_STOCK : OUT_OF_STOCK,
    url,
  }));
  const prices = product.variants.map((variant) => variant.price.amountMinor);
  const cheapest = product.variants[prices.indexOf(Math.min(...prices))];
  const dearest = product.variants[prices.indexOf(Math.max(...prices))];
  const single = product.variants.length === 1 ? product.variants[0] : undefined;
  // The variant the page shows first (as ProductPage chooses it) stands for the product.
  const shown = product.variants.find((variant) => variant.inStock) ?? product.variants[0];
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.description,
    url,
    ...(product.images.length > 0 && { image: product.images.map((image) => absoluteUrl(origin, image.url)) }),
    ...(shown && { sku: shown.sku }),
    ...(site.name && { brand: { '@type': 'Brand', name: site.name } }),
    category: product.category.name,
    ...(single
      ? { offers: offers[0] }
      : cheapest &&
        dearest && {
          offers: {
            '@type': 'AggregateOffer',
            priceCurrency: cheapest.price.currency,
            lowPrice: moneyInputText(cheapest.price),
            highPrice: moneyInputText(dearest.price),
            offerCount: offers.length,
            availability: product.variants.some((variant) => variant.inStock) ? IN_STOCK : OUT_OF_STOCK,
            offers,
          },
        }),
    ...(product.ratingCount > 0 && {
      aggregateRating: {
        '@type': 'AggregateRating',
        ratingValue: Math.round(product.ratingAverage * 10) / 10,
        reviewCount: product.ratingCount,
        bestRating: 5,
        worstRating: 1,
      },
    }),
  };
}

/** Shop › category › product, as search results show the way to a page. */
function breadcrumbJsonLd(product: Product, origin: string): Record<string, unknown> {
  const trail = [
    { name: 'Shop', path: '/shop' },
    { name: product.category.name, path: `/shop?category=${encodeURIComponent(product.category.slug)}` },
    { name: product.name, path: `/products/${encodeURIComponent(product.slug)}` },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((step, index) => ({ '@type': 'ListItem', position: index + 1, name: step.name, item: absoluteUrl(origin, step.path) })),
  };
}

/**
 * The shop's head: the whole shop, or one category's listing (its own address: /shop?category=…).
 * Searches, price ranges and sort orders are the same listing: their canonical address drops them.
 */
export function shopHead(categories: CategoriesQuery | undefined, categorySlug: string | null, site: SiteInfo): PageHead {
  const category = categorySlug ? categories?.categories.find((candidate) => candidate.slug === categorySlug) : undefined;
  if (category) {
    return {
      title: category.name,
      description: `${category.name} from ${site.name}: browse the range, compare prices and reviews.`,
      canonicalPath: `/shop?category=${encodeURIComponent(category.slug)}`,
    };
  }
  return {
    title: 'Shop',
    description: `Everything ${site.name} sells${categories?.categories.length ? `: ${categories.categories.map((c) => c.name).join(', ')}` : ''}.`,
    canonicalPath: '/shop',
  };
}
