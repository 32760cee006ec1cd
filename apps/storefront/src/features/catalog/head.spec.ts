import { describe, expect, it } from 'vitest';
import type { ProductQuery } from '@/gql/graphql';
import { productHead, shopHead } from './head';

type Product = NonNullable<ProductQuery['product']>;

const site = { name: 'Ridgeline Cycles', tagline: 'Bikes built for the long way round.', currency: 'EUR' };
const origin = 'https://shop.example';

const variant = (sku: string, amountMinor: number, inStock = true): Product['variants'][number] => ({
  id: sku,
  sku,
  name: sku,
  size: null,
  colour: null,
  stock: inStock ? 5 : 0,
  inStock,
  availability: inStock ? 'IN_STOCK' : 'SOLD_OUT',
  price: { amountMinor, currency: 'EUR' },
});

const product = (overrides: Partial<Product> = {}): Product =>
  ({
    id: 'p1',
    slug: 'trail-bell',
    name: 'Trail Bell',
    description: 'A loud   bell\nfor quiet trails.',
    status: 'PUBLISHED',
    ratingAverage: 0,
    ratingCount: 0,
    category: { slug: 'parts', name: 'Parts' },
    priceFrom: { amountMinor: 1500, currency: 'EUR' },
    images: [{ url: '/media/products/bell.webp', alt: 'A brass bell' }],
    variants: [variant('BELL-1', 1500)],
    reviews: { nodes: [] },
    ...overrides,
  }) as Product;

const jsonLdOf = (p: Product) => productHead({ product: p }, { site, origin }).jsonLd![0];

describe('productHead', () => {
  it('names the product, describes it on one line and shows its first photo, at its own address', () => {
    expect(productHead({ product: product() }, { site, origin })).toMatchObject({
      title: 'Trail Bell',
      description: 'A loud bell for quiet trails.',
      canonicalPath: '/products/trail-bell',
      type: 'product',
      image: { url: '/media/products/bell.webp', alt: 'A brass bell' },
      noindex: false,
    });
  });

  it('answers 404 for a product the shop does not show, and keeps a draft out of the index', () => {
    expect(productHead({ product: null }, { site, origin })).toMatchObject({ status: 404, noindex: true });
    expect(productHead(undefined, { site, origin })).toMatchObject({ status: 404 });
    expect(productHead({ product: product({ status: 'DRAFT' }) }, { site, origin }).noindex).toBe(true);
  });

  it('gives a one-variant product one Offer, with absolute URLs and the brand', () => {
    expect(jsonLdOf(product())).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Trail Bell',
      description: 'A loud   bell\nfor quiet trails.',
      url: 'https://shop.example/products/trail-bell',
      image: ['https://shop.example/media/products/bell.webp'],
      sku: 'BELL-1',
      brand: { '@type': 'Brand', name: 'Ridgeline Cycles' },
      category: 'Parts',
      offers: {
        '@type': 'Offer',
        sku: 'BELL-1',
        name: 'BELL-1',
        price: '15.00',
        priceCurrency: 'EUR',
        availability: 'https://schema.org/InStock',
        url: 'https://shop.example/products/trail-bell',
      },
    });
  });

  it('gives several variants an AggregateOffer from the cheapest to the dearest, each with its availability', () => {
    const ld = jsonLdOf(product({ variants: [variant('B-1', 2500, false), variant('B-2', 1999), variant('B-3', 100_000)] }));
    // The product stands for the variant the page shows first: the first in stock.
    expect(ld.sku).toBe('B-2');
    expect(ld.offers).toMatchObject({
      '@type': 'AggregateOffer',
      priceCurrency: 'EUR',
      lowPrice: '19.99',
      highPrice: '1000.00',
      offerCount: 3,
      availability: 'https://schema.org/InStock',
    });
    expect((ld.offers as { offers: { sku: string; availability: string }[] }).offers.map((o) => [o.sku, o.availability])).toEqual([
      ['B-1', 'https://schema.org/OutOfStock'],
      ['B-2', 'https://schema.org/InStock'],
      ['B-3', 'https://schema.org/InStock'],
    ]);
    const soldOut = jsonLdOf(product({ variants: [variant('B-1', 2500, false), variant('B-2', 1999, false)] }));
    expect(soldOut.offers).toMatchObject({ availability: 'https://schema.org/OutOfStock' });
  });

  it('writes prices with the currency’s own digits', () => {
    const yen = jsonLdOf(product({ variants: [{ ...variant('Y', 1500), price: { amountMinor: 1500, currency: 'JPY' } }] }));
    expect(yen.offers).toMatchObject({ price: '1500', priceCurrency: 'JPY' });
  });

  it('rates a reviewed product, and leaves the rating out until there is one', () => {
    expect(jsonLdOf(product({ ratingAverage: 4.333, ratingCount: 3 })).aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 4.3,
      reviewCount: 3,
      bestRating: 5,
      worstRating: 1,
    });
    expect(jsonLdOf(product())).not.toHaveProperty('aggregateRating');
    expect(jsonLdOf(product({ images: [] }))).not.toHaveProperty('image');
  });

  it('lays the way to the product out as breadcrumbs: shop, category, product', () => {
    expect(productHead({ product: product() }, { site, origin }).jsonLd![1]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Shop', item: 'https://shop.example/shop' },
        { '@type': 'ListItem', position: 2, name: 'Parts', item: 'https://shop.example/shop?category=parts' },
        { '@type': 'ListItem', position: 3, name: 'Trail Bell', item: 'https://shop.example/products/trail-bell' },
      ],
    });
  });
});

describe('shopHead', () => {
  const categories = { categories: [{ id: 'c1', slug: 'bikes', name: 'Bikes' }] };

  it('titles a category listing with the category, at its own address', () => {
    expect(shopHead(categories, 'bikes', site)).toMatchObject({ title: 'Bikes', canonicalPath: '/shop?category=bikes' });
  });

  it('is the shop for no category or one that does not exist', () => {
    expect(shopHead(categories, null, site)).toMatchObject({ title: 'Shop', canonicalPath: '/shop', description: 'Everything Ridgeline Cycles sells: Bikes.' });
    expect(shopHead(categories, 'boats', site)).toMatchObject({ title: 'Shop', canonicalPath: '/shop' });
  });
});
