import { defineEvents, z } from '@flagship/events';

/** The settings `updateBrand` changes, named as in the event's payload. */
export const BRAND_SETTINGS = ['name', 'tagline', 'primaryColor', 'accentColor', 'hero'] as const;

const slot = z.enum(['LOGO', 'HERO']);

/** Events the brand domain records in the platform event log (docs/events.md is tested against these). */
export const BrandEvents = defineEvents('brand', {
  updated: {
    name: 'brand.updated',
    version: 1,
    recordedWhen: 'a brand manager changes the brand’s settings (name, tagline, colours, home hero); a save that changes nothing records nothing',
    actor: 'manager',
    subject: 'brand',
    payload: { changed: z.array(z.enum(BRAND_SETTINGS)).min(1) },
  },
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
