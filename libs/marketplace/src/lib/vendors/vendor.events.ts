import { defineEvents, z } from '@flagship/events';

/** A member's application to sell, and the brand's decision on it (decision 0037; docs/events.md). */
export const VendorApplicationEvents = defineEvents('vendor_application', {
  submitted: {
    name: 'vendor_application.submitted',
    version: 1,
    recordedWhen: 'a member applies to sell on the platform',
    actor: 'applicant',
    subject: 'vendor_application',
    payload: { categoryIds: z.array(z.uuid()) },
  },
  decided: {
    name: 'vendor_application.decided',
    version: 1,
    recordedWhen: 'a brand manager approves (the vendor is created) or rejects an application, with a reason',
    actor: 'brand manager',
    subject: 'vendor_application',
    payload: {
      decision: z.enum(['APPROVED', 'REJECTED']),
      /** The new vendor organisation, when approved. */
      vendorId: z.uuid().nullable(),
      reason: z.string().nullable(),
      applicantId: z.uuid(),
    },
  },
});

/** A vendor's standing on the platform: suspended (every listing hidden at once) and reinstated. */
export const VendorEvents = defineEvents('vendor', {
  suspended: {
    name: 'vendor.suspended',
    version: 1,
    recordedWhen: 'a brand manager suspends a vendor: its page and every product of it are hidden at once',
    actor: 'brand manager',
    subject: 'vendor',
    payload: { reason: z.string(), productsHidden: z.number().int().min(0) },
  },
  reinstated: {
    name: 'vendor.reinstated',
    version: 1,
    recordedWhen: 'a brand manager lifts a vendor’s suspension: its page and products show as they were',
    actor: 'brand manager',
    subject: 'vendor',
    payload: { productsShown: z.number().int().min(0) },
  },
});
