import { defineEvents, z } from '@flagship/events';
import { OfferKind, SellerKind } from '@flagship/catalog';

const seller = { sellerKind: z.enum(SellerKind), sellerId: z.uuid(), offerKind: z.enum(OfferKind) };

/** What happens to a vendor's or member's listing on its way to the shop and back (decision 0038). Subject: the product. */
export const ListingEvents = defineEvents('listing', {
  submitted: {
    name: 'listing.submitted',
    version: 1,
    recordedWhen: 'a seller lists something new, or sends a rejected listing back for review: it waits for a brand manager',
    actor: 'seller',
    subject: 'product',
    payload: seller,
  },
  approved: {
    name: 'listing.approved',
    version: 1,
    recordedWhen: 'a brand manager approves a listing: its product is published (shown unless its seller is suspended)',
    actor: 'manager',
    subject: 'product',
    payload: seller,
  },
  rejected: {
    name: 'listing.rejected',
    version: 1,
    recordedWhen: 'a brand manager rejects a listing, with a reason its seller reads; its product is not shown',
    actor: 'manager',
    subject: 'product',
    payload: { ...seller, reason: z.string() },
  },
  revisionSubmitted: {
    name: 'listing.revision_submitted',
    version: 1,
    recordedWhen: 'a seller changes the price or title of an approved listing: the change waits for review, the approved version stays on sale',
    actor: 'seller',
    subject: 'product',
    payload: { ...seller, title: z.string().nullable(), priceMinor: z.number().int().nullable() },
  },
  revisionApproved: {
    name: 'listing.revision_approved',
    version: 1,
    recordedWhen: 'a brand manager approves a pending revision: its title and price apply to the product and every variant',
    actor: 'manager',
    subject: 'product',
    payload: { ...seller, title: z.string().nullable(), priceMinor: z.number().int().nullable() },
  },
  revisionDeclined: {
    name: 'listing.revision_declined',
    version: 1,
    recordedWhen: 'a brand manager declines a pending revision, with a reason; the approved version stays as it was',
    actor: 'manager',
    subject: 'product',
    payload: { ...seller, reason: z.string() },
  },
  withdrawn: {
    name: 'listing.withdrawn',
    version: 1,
    recordedWhen: 'a seller takes a listing off sale (its product archived, or back to draft if it never sold)',
    actor: 'seller',
    subject: 'product',
    payload: seller,
  },
});
