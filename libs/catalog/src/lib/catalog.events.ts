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
  productImageAdded: {
    name: 'catalog.product_image_added',
    version: 1,
    recordedWhen: 'a brand manager (or the demo seed) adds a photo to a product; position 0 is the main photo',
    actor: 'manager',
    subject: 'product',
    payload: { imageId: z.uuid(), position: z.number().int().min(0) },
  },
  productImageChanged: {
    name: 'catalog.product_image_changed',
    version: 1,
    recordedWhen: 'a brand manager changes a product photo’s text alternative',
    actor: 'manager',
    subject: 'product',
    payload: { imageId: z.uuid() },
  },
  productImagesReordered: {
    name: 'catalog.product_images_reordered',
    version: 1,
    recordedWhen: 'a brand manager reorders a product’s photos or chooses its main photo (the first)',
    actor: 'manager',
    subject: 'product',
    payload: { imageIds: z.array(z.uuid()) },
  },
  productImageRemoved: {
    name: 'catalog.product_image_removed',
    version: 1,
    recordedWhen: 'a brand manager removes a product photo (its files go once that is committed)',
    actor: 'manager',
    subject: 'product',
    payload: { imageId: z.uuid() },
  },
});
