import { anyOf, definePolicy, everyone, isAccount, memberOf } from '@flagship/api-core';
import type { Booking } from './booking.entity';

const itsBuyer = isAccount((booking: Pick<Booking, 'buyerId' | 'vendorId'>) => booking.buyerId, 'its buyer');
const itsVendor = memberOf((booking: Pick<Booking, 'buyerId' | 'vendorId'>) => booking.vendorId);

/**
 * Who may do what with a booking: its buyer and the vendor's people (owners and staff). Anyone else,
 * another vendor's staff included, is told it does not exist.
 */
export const BookingPolicy = definePolicy('booking', {
  noun: 'Booking',
  refuseAs: 'NOT_FOUND',
  rules: {
    read: anyOf(itsBuyer, itsVendor),
    /** Cancel: its buyer (outside the no-refund window) or its vendor (always, refunding in full). */
    cancel: anyOf(itsBuyer, itsVendor),
    /** Confirm, complete. */
    serve: itsVendor,
    /** Write this side's review after completion. */
    review: anyOf(itsBuyer, itsVendor),
  },
});

/** Vendors' service offers, slots and booking lists: the vendor organisation's people. */
export const VendorServicePolicy = definePolicy('vendor_service', {
  noun: 'Vendor',
  refuseAs: 'NOT_FOUND',
  rules: {
    /** A vendor's published services and revealed reviews: public (unpublished services stay hidden by ProductPolicy). */
    browse: everyone,
    manage: memberOf((vendor: { vendorId: string }) => vendor.vendorId),
  },
});
