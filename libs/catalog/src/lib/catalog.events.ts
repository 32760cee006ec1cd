import { defineEvents, z } from '@flagship/events';
import { ProductStatus } from './product/product.entity';

/** Events the catalog records in the platform event log (docs/events.md is tested against these). */
export const CatalogEvents = defineEvents('catalog', {
  productPublished: {
    name: 'catalog.product_published',
    version: 1,
    recordedWhen: 'a brand manager (or the demo seed) publishes a product: shoppers see it',
    actor: 'manager',
    subject: 'product',
    payload: {},
  },
  productUnpublished: {
    name: 'catalog.product_unpublished',
    version: 1,
    recordedWhen: 'a brand manager takes a published product back to draft: shoppers no longer see it',
    actor: 'manager',
    subject: 'product',
    payload: {},
  },
  productArchived: {
    name: 'catalog.product_archived',
    version: 1,
    recordedWhen: 'a brand manager archives a product (kept for past orders, shown to shoppers no more)',
    actor: 'manager',
    subject: 'product',
    payload: { from: z.enum([ProductStatus.DRAFT, ProductStatus.PUBLISHED]) },
  },
  productUnarchived: {
    name: 'catalog.product_unarchived',
    version: 1,
    recordedWhen: 'a brand manager brings an archived product back as a draft',
    actor: 'manager',
    subject: 'product',
    payload: {},
  },
});
