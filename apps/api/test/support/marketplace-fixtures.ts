import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { OrganisationKind, OrganisationService, SessionService } from '@flagship/accounts';
import { OfferKind, SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { ListingService } from '@flagship/marketplace';
import { GraphQLTestClient } from '@flagship/testing';
import type { Viewer } from '@flagship/api-core';
import type { TestEnvironment } from './test-environment';

export interface TestSeller {
  accountId: string;
  /** The vendor organisation (VENDOR) or the account itself (MEMBER). */
  sellerId: string;
  client: GraphQLTestClient;
  viewer: () => Promise<Viewer>;
}

/** A signed-in account made straight in the database, with optional platform roles. */
export async function createAccount(env: TestEnvironment, label = 'member', roles: string[] = []): Promise<{ accountId: string; client: GraphQLTestClient }> {
  const token = randomBytes(32).toString('base64url');
  const run = randomUUID().slice(0, 8);
  const [{ id }] = await env.dataSource.query(`INSERT INTO account (email, display_name, password_hash) VALUES ($1, $2, 'not-a-hash') RETURNING id`, [
    `${label}-${run}@riders.example`,
    `${label} ${run}`,
  ]);
  for (const role of roles) await env.dataSource.query(`INSERT INTO account_role (account_id, role) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [id, role]);
  await env.dataSource.query(`INSERT INTO session (token_hash, account_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`, [
    createHash('sha256').update(token).digest('hex'),
    id,
  ]);
  return { accountId: id, client: GraphQLTestClient.withCookie(env.baseUrl, `flagship_session=${token}`) };
}

/** A vendor organisation with a `vendor` row, owned by a new VENDOR account that is signed in. */
export async function createVendor(env: TestEnvironment, name = `Vendor ${randomUUID().slice(0, 6)}`): Promise<TestSeller> {
  const owner = await createAccount(env, 'vendor', ['VENDOR']);
  const organisation = await env.app.get(OrganisationService).create(null, { kind: OrganisationKind.VENDOR, name, ownerAccountId: owner.accountId });
  await env.dataSource.query(`INSERT INTO vendor (organisation_id, slug, name) VALUES ($1, $2, $3)`, [organisation.id, `v-${organisation.id.slice(0, 8)}`, name]);
  return { accountId: owner.accountId, sellerId: organisation.id, client: owner.client, viewer: () => env.app.get(SessionService).viewerOf(owner.accountId) };
}

/** A member who sells a used item (seller = their account). */
export async function createMemberSeller(env: TestEnvironment): Promise<TestSeller> {
  const member = await createAccount(env, 'reseller');
  return { accountId: member.accountId, sellerId: member.accountId, client: member.client, viewer: () => env.app.get(SessionService).viewerOf(member.accountId) };
}

/**
 * An approved listing of `seller` (one variant at `priceMinor`, `stock` units) in the demo's first
 * category; returns its product and variant ids.
 */
export async function listApproved(
  env: TestEnvironment,
  seller: TestSeller,
  options: { kind?: SellerKind; offerKind?: OfferKind; priceMinor?: number; stock?: number; title?: string; categorySlug?: string } = {},
): Promise<{ productId: string; variantId: string }> {
  const [category] = await env.dataSource.query(`SELECT id FROM category ${options.categorySlug ? 'WHERE slug = $1' : ''} ORDER BY position LIMIT 1`, options.categorySlug ? [options.categorySlug] : []);
  const listings = env.app.get(ListingService);
  const connection = env.app.get(TransactionalConnection);
  const title = options.title ?? `Listing ${randomUUID().slice(0, 8)}`;
  const { product } = await connection.withTransaction(async () =>
    listings.create(await seller.viewer(), { kind: options.kind ?? SellerKind.VENDOR, id: seller.sellerId }, options.offerKind ?? OfferKind.GOODS, {
      title,
      description: 'A test listing.',
      categoryId: category.id,
      currency: 'EUR',
      variants: [{ name: 'Standard', priceMinor: options.priceMinor ?? 25_00, stock: options.stock ?? 10 }],
    }),
  );
  const manager = await env.app.get(SessionService).viewerOf((await env.dataSource.query(`SELECT account_id FROM account_role WHERE role = 'BRAND_MANAGER' LIMIT 1`))[0].account_id);
  await listings.approve(manager, product.id);
  const [variant] = await env.dataSource.query(`SELECT id FROM product_variant WHERE product_id = $1`, [product.id]);
  return { productId: product.id, variantId: variant.id };
}
