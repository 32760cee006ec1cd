/** Events the catalog records in the platform event log (see docs/events.md). */
export const CatalogEvents = {
  productPublished: 'catalog.product_published',
  reviewPosted: 'review.posted',
} as const;
