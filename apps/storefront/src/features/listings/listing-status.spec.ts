import { describe, expect, it } from 'vitest';
import { listingBadge, revisionChanges } from './listing-status';

describe('listing badges', () => {
  it('says each state in words', () => {
    expect(listingBadge({ status: 'PENDING_REVIEW', reviewReason: null, pendingRevision: null }).label).toBe('Pending review');
    expect(listingBadge({ status: 'APPROVED', reviewReason: null, pendingRevision: null })).toMatchObject({ label: 'Live', tone: 'success', detail: null });
    expect(listingBadge({ status: 'APPROVED', reviewReason: null, pendingRevision: { title: null, priceMinor: 2190 } }).label).toBe('Changes pending review');
    expect(listingBadge({ status: 'REJECTED', reviewReason: 'Add a photo', pendingRevision: null })).toMatchObject({ label: 'Rejected', detail: 'Reason: Add a photo' });
    expect(listingBadge({ status: 'APPROVED', reviewReason: 'Too dear', pendingRevision: null }).detail).toBe('Your last change was declined: Too dear');
  });

  it('lists only what a revision changes', () => {
    expect(revisionChanges({ name: 'Chain Wax', priceMinor: 1990 }, { title: null, priceMinor: 2190 })).toEqual([{ field: 'Price', before: 1990, after: 2190 }]);
    expect(revisionChanges({ name: 'Chain Wax', priceMinor: 1990 }, { title: 'Chain Wax, 250 g', priceMinor: null })).toEqual([{ field: 'Title', before: 'Chain Wax', after: 'Chain Wax, 250 g' }]);
    expect(revisionChanges({ name: 'Chain Wax', priceMinor: 1990 }, null)).toEqual([]);
  });
});
