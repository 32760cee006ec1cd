import { defineEvents, z } from '@flagship/events';

/** Used items on the market and their sales (decision 0042). */
export const UsedItemEvents = defineEvents('used_item', {
  listed: {
    name: 'used_item.listed',
    version: 1,
    recordedWhen: 'a member lists a used bike or part (its serial checked against the stolen-bike list); it is public at once',
    actor: 'seller',
    subject: 'product',
    amount: 'the asking price',
    payload: { kind: z.string(), condition: z.string() },
  },
  sold: {
    name: 'used_item.sold',
    version: 1,
    recordedWhen: 'the order buying a used item is paid: its money is held until the sale is settled',
    actor: 'buyer',
    subject: 'product',
    amount: 'the order part’s gross',
    payload: { orderPartId: z.uuid(), sellerId: z.uuid() },
  },
  shipped: {
    name: 'used_item.shipped',
    version: 1,
    recordedWhen: 'the seller marks a sold used item shipped',
    actor: 'seller',
    subject: 'product',
    payload: { orderPartId: z.uuid(), tracking: z.string().nullable() },
  },
  delivered: {
    name: 'used_item.delivered',
    version: 1,
    recordedWhen: 'the seller or buyer marks a sold used item delivered: the claim window starts',
    actor: 'seller or buyer',
    subject: 'product',
    payload: { orderPartId: z.uuid(), releaseAfter: z.string() },
  },
  blocked: {
    name: 'used_item.blocked',
    version: 1,
    recordedWhen: 'a live listing is blocked because its frame serial was newly imported or reported as stolen',
    actor: 'who added the serial',
    subject: 'product',
    payload: { serial: z.string() },
  },
});

/** Held money of used-item sales (decision 0042). */
export const FundsEvents = defineEvents('funds', {
  released: {
    name: 'funds.released',
    version: 1,
    recordedWhen: 'a used item’s held money goes to its seller: the buyer confirmed receipt, the claim window passed, or a claim was decided for the seller',
    actor: 'buyer, brand manager or platform (the release job)',
    subject: 'order_part',
    amount: 'the seller’s net released',
    payload: { sellerId: z.uuid(), why: z.enum(['CONFIRMED', 'WINDOW_PASSED', 'CLAIM_DECIDED']) },
  },
});

/** Buyers' claims on used-item sales. */
export const ClaimEvents = defineEvents('claim', {
  opened: {
    name: 'claim.opened',
    version: 1,
    recordedWhen: 'a buyer opens a claim within the claim window: the held funds freeze',
    actor: 'buyer',
    subject: 'claim',
    payload: { orderPartId: z.uuid(), reason: z.string() },
  },
  decided: {
    name: 'claim.decided',
    version: 1,
    recordedWhen: 'a brand manager refunds the buyer or releases the funds to the seller',
    actor: 'brand manager',
    subject: 'claim',
    payload: { orderPartId: z.uuid(), outcome: z.enum(['REFUND_BUYER', 'RELEASE_TO_SELLER']) },
  },
});

/** The stolen-bike list. */
export const StolenBikeEvents = defineEvents('stolen_bike', {
  reported: {
    name: 'stolen_bike.reported',
    version: 1,
    recordedWhen: 'a member reports their own bike stolen',
    actor: 'owner',
    subject: 'stolen_bike',
    payload: { blockedListings: z.number().int() },
  },
  imported: {
    name: 'stolen_bike.imported',
    version: 1,
    recordedWhen: 'a brand manager imports a CSV of stolen serials (subject: the importer)',
    actor: 'brand manager',
    subject: 'account',
    payload: { added: z.number().int(), duplicates: z.number().int(), rejected: z.number().int(), blockedListings: z.number().int() },
  },
});

/** Build creators' royalties. */
export const RoyaltyEvents = defineEvents('royalty', {
  earned: {
    name: 'royalty.earned',
    version: 1,
    recordedWhen: 'a paid brand order part contains a product made from a member’s accepted build',
    actor: 'buyer',
    subject: 'order_part',
    amount: 'the royalty',
    payload: { creatorId: z.uuid(), productIds: z.array(z.uuid()) },
  },
});
