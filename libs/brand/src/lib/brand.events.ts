import { defineEvents, z } from '@flagship/events';

const slot = z.enum(['LOGO', 'HERO']);

/** Events the brand domain records in the platform event log (docs/events.md is tested against these). */
export const BrandEvents = defineEvents('brand', {
  imageChanged: {
    name: 'brand.image_changed',
    version: 1,
    recordedWhen: 'a brand manager (or the demo seed) sets the brand’s logo or home hero image',
    actor: 'manager',
    subject: 'brand',
    payload: { slot },
  },
  imageRemoved: {
    name: 'brand.image_removed',
    version: 1,
    recordedWhen: 'a brand manager removes the brand’s logo or home hero image',
    actor: 'manager',
    subject: 'brand',
    payload: { slot },
  },
});
