import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, decodeCursor, encodeCursor, toConnection, type Connection, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { OfferKind, Product, ProductImage, ProductPolicy, ProductService, ProductStatus, SellerKind } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { In } from 'typeorm';
import { ListingPhotoService } from '../listings/listing-photo.service';
import { Listing, ListingStatus } from '../listings/listing.entity';
import { ListingService } from '../listings/listing.service';
import type { ListUsedItemInput, UpdateUsedItemInput } from './dto/resale.inputs';
import { UsedItemEvents } from './resale.events';
import { UsedItemPolicy } from './resale.policy';
import { CATEGORY_OF_KIND, UsedItemKind } from './resale.types';
import { SellerAttestation } from './seller-attestation.entity';
import { isPlausibleSerial, normaliseSerial } from './serial';
import { StolenBikeService } from './stolen-bike.service';
import { UsedItem } from './used-item.entity';

export const RESALE_CURRENCY = 'EUR';
export const AUTO_APPROVED = 'Published at once after the stolen-bike check (decision 0042)';

/**
 * Members' used items (decision 0042): listed through ListingService as USED products of their seller,
 * auto-approved once the serial passed the stolen-bike check, edited and withdrawn by their seller.
 */
@Injectable()
export class UsedItemService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly listings: ListingService,
    private readonly photos: ListingPhotoService,
    private readonly products: ProductService,
    private readonly stolen: StolenBikeService,
    private readonly events: EventLog,
  ) {}

  /** The viewer confirms they are an adult (once; again keeps the first date). */
  async confirmAdult(viewer: Viewer): Promise<SellerAttestation> {
    await this.connection.query(`INSERT INTO seller_attestation (account_id, adult_confirmed_at) VALUES ($1, now()) ON CONFLICT (account_id) DO NOTHING`, [viewer.accountId]);
    return this.connection.getRepository(SellerAttestation).findOneByOrFail({ accountId: viewer.accountId });
  }

  attestationOf(accountId: string): Promise<SellerAttestation | null> {
    return this.connection.getRepository(SellerAttestation).findOneBy({ accountId });
  }

  /** Refuses a member who has not confirmed being an adult (ADULT_CONFIRMATION_REQUIRED). */
  async requireAdult(accountId: string): Promise<void> {
    if (!(await this.attestationOf(accountId))) {
      throw new DomainError('ADULT_CONFIRMATION_REQUIRED', 'Confirm that you are an adult before you sell used items', 'adult');
    }
  }

  /** Lists a used item: serial checked, product made and published, photos attached, in one transaction. */
  async list(viewer: Viewer, input: ListUsedItemInput): Promise<UsedItem> {
    UsedItemPolicy.authorize(viewer, 'manage', { sellerId: viewer.accountId });
    return this.connection.withTransaction(async () => {
      await this.requireAdult(viewer.accountId);
      const serial = input.frameSerial ? normaliseSerial(input.frameSerial) : null;
      if (input.kind === UsedItemKind.BIKE && !serial) throw badInput('frameSerial', 'Give the frame serial number: it is under the bottom bracket');
      if (serial !== null && !isPlausibleSerial(serial)) throw badInput('frameSerial', 'A frame serial has 4 to 40 letters and digits');
      if (serial && (await this.stolen.isStolen(serial))) throw stolenSerial();
      const { product } = await this.listings.create(viewer, { kind: SellerKind.MEMBER, id: viewer.accountId }, OfferKind.USED, {
        title: input.title,
        description: input.description,
        categoryId: await this.categoryFor(input.kind),
        currency: RESALE_CURRENCY,
        variants: [{ name: 'As described', priceMinor: input.priceMinor, stock: 1, size: input.frameSize ?? null }],
        specs: [
          { label: 'Brand', value: input.brand },
          { label: 'Model', value: input.model },
          ...(input.year ? [{ label: 'Year', value: String(input.year) }] : []),
          ...(input.frameSize ? [{ label: 'Frame size', value: input.frameSize }] : []),
        ],
      });
      const items = this.connection.getRepository(UsedItem);
      const item = await items.save(
        items.create({
          productId: product.id,
          sellerId: viewer.accountId,
          kind: input.kind,
          condition: input.condition,
          brand: input.brand,
          model: input.model,
          frameSize: input.frameSize ?? null,
          year: input.year ?? null,
          frameSerial: serial,
          handoverNote: input.handoverNote ?? null,
        }),
      );
      if (input.photoIds?.length) await this.photos.attach(product.id, viewer.accountId, input.photoIds);
      // Members' used items are public at once (decision 0042): no brand review, the stolen check passed.
      await this.products.setOfferStatus(viewer.accountId, product.id, ProductStatus.PUBLISHED);
      await this.connection.getRepository(Listing).update({ productId: product.id }, { status: ListingStatus.APPROVED, reviewedAt: new Date(), reviewReason: AUTO_APPROVED });
      await this.events.record(UsedItemEvents.listed, {
        actorId: viewer.accountId,
        subjectId: product.id,
        amount: { minor: input.priceMinor, currency: RESALE_CURRENCY },
        payload: { kind: input.kind, condition: input.condition },
      });
      return item;
    });
  }

  /** The seller changes an unsold item (the price applies at once: no review for used items). */
  async update(viewer: Viewer, input: UpdateUsedItemInput): Promise<UsedItem> {
    return this.connection.withTransaction(async () => {
      const item = await this.lockOwn(viewer, input.productId);
      if (item.soldAt) throw new DomainError(ErrorCode.CONFLICT, 'It is sold: it cannot be changed any more', 'productId');
      if (input.title !== undefined || input.description !== undefined) {
        await this.products.updateOffer(item.productId, { ...(input.title ? { name: input.title } : {}), ...(input.description ? { description: input.description } : {}) });
      }
      if (input.priceMinor !== undefined) {
        // The catalog's variant editing is for brand managers; a used item has one variant, priced by its seller.
        await this.connection.query(`UPDATE product_variant SET price_minor = $2 WHERE product_id = $1`, [item.productId, input.priceMinor]);
        await this.connection.query(`UPDATE product SET min_price_minor = $2, updated_at = now() WHERE id = $1`, [item.productId, input.priceMinor]);
      }
      if (input.condition) item.condition = input.condition;
      if (input.handoverNote !== undefined) item.handoverNote = input.handoverNote;
      return this.connection.getRepository(UsedItem).save(item);
    });
  }

  /** The seller takes an unsold item off the market. */
  async withdraw(viewer: Viewer, productId: string): Promise<UsedItem> {
    return this.connection.withTransaction(async () => {
      const item = await this.lockOwn(viewer, productId);
      if (item.soldAt) throw new DomainError(ErrorCode.CONFLICT, 'It is sold: it cannot be withdrawn', 'productId');
      await this.products.setOfferStatus(viewer.accountId, productId, ProductStatus.DRAFT);
      await this.connection.getRepository(Listing).update({ productId }, { status: ListingStatus.WITHDRAWN });
      return item;
    });
  }

  /** The viewer's used items, newest first. */
  mine(viewer: Viewer): Promise<UsedItem[]> {
    return this.connection.getRepository(UsedItem).find({ where: { sellerId: viewer.accountId }, order: { createdAt: 'DESC', productId: 'DESC' } });
  }

  /** The public market: approved, published, unsold items (of `kind`), newest first, by keyset. */
  async market(kind: UsedItemKind | null, first: number, after: string | null): Promise<Connection<UsedItem>> {
    const query = this.connection
      .getRepository(UsedItem)
      .createQueryBuilder('u')
      .innerJoin(Product, 'p', 'p.id = u.product_id')
      .innerJoin(Listing, 'l', 'l.product_id = u.product_id')
      .where('u.sold_at IS NULL')
      .andWhere('p.status = :published AND p.seller_hidden = false', { published: ProductStatus.PUBLISHED })
      .andWhere('l.status = :approved', { approved: ListingStatus.APPROVED })
      .orderBy('u.created_at', 'DESC')
      .addOrderBy('u.product_id', 'DESC')
      .take(first + 1);
    if (kind) query.andWhere('u.kind = :kind', { kind });
    if (after) {
      const [createdAt, id] = decodeCursor(after, ['text', 'uuid']);
      query.andWhere('(u.created_at, u.product_id) < (:createdAt::timestamptz, :id::uuid)', { createdAt, id });
    }
    const rows = await query.getMany();
    return toConnection(rows, first, (row) => encodeCursor([row.createdAt.toISOString(), row.productId]));
  }

  /** The used item of a product, batched per request (null for other products). */
  forProduct(loaders: RequestLoaders, productId: string): Promise<UsedItem | null> {
    return loaders
      .get<string, UsedItem | null>('resale.usedItemByProduct', async (ids) => {
        const rows = await this.connection.getRepository(UsedItem).findBy({ productId: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.productId, row]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(productId);
  }

  /** A used item's product as the viewer may see it (published to all; drafts to its seller), batched. */
  async product(loaders: RequestLoaders, viewer: Viewer | undefined, item: UsedItem): Promise<Product | null> {
    const product = await loaders
      .get<string, Product | null>('resale.productById', async (ids) => {
        const rows = await this.connection.getRepository(Product).findBy({ id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(item.productId);
    if (!product) return null;
    return ProductPolicy.can(viewer, 'read', product) || UsedItemPolicy.can(viewer, 'read', item) ? product : null;
  }

  /** A product's main photo (position 0 first), batched. */
  mainPhoto(loaders: RequestLoaders, productId: string): Promise<ProductImage | null> {
    return loaders
      .get<string, ProductImage | null>('resale.mainPhoto', async (ids) => {
        const rows = await this.connection.getRepository(ProductImage).find({ where: { productId: In([...ids]) }, order: { position: 'ASC', createdAt: 'ASC' } });
        return ids.map((id) => rows.find((row) => row.productId === id) ?? null);
      })
      .load(productId);
  }

  /** The listing state of items (for their seller), batched. */
  listingStatus(loaders: RequestLoaders, productId: string): Promise<ListingStatus | null> {
    return loaders
      .get<string, ListingStatus | null>('resale.listingStatus', async (ids) => {
        const rows = await this.connection.getRepository(Listing).findBy({ productId: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.productId, row.status]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(productId);
  }

  /** Sellers' display names (public: the member page link), batched. */
  sellerName(loaders: RequestLoaders, accountId: string): Promise<string | null> {
    return loaders
      .get<string, string | null>('resale.sellerName', async (ids) => {
        const rows: { id: string; display_name: string }[] = await this.connection.query(`SELECT id, display_name FROM account WHERE id = ANY($1)`, [[...ids]]);
        const byId = new Map(rows.map((row) => [row.id, row.display_name]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(accountId);
  }

  private async lockOwn(viewer: Viewer, productId: string): Promise<UsedItem> {
    const item = await this.connection.getRepository(UsedItem).findOne({ where: { productId }, lock: { mode: 'pessimistic_write' } });
    return UsedItemPolicy.authorize(viewer, 'manage', item, { field: 'productId' });
  }

  private async categoryFor(kind: UsedItemKind): Promise<string> {
    const slugs = CATEGORY_OF_KIND[kind];
    const rows: { id: string }[] = await this.connection.query(
      `SELECT id FROM category ORDER BY array_position($1::text[], slug) NULLS LAST, position LIMIT 1`,
      [slugs],
    );
    if (!rows.length) throw badInput('kind', 'The shop has no categories yet');
    return rows[0].id;
  }
}

export const stolenSerial = () => new DomainError('STOLEN_SERIAL', 'This frame serial is on the stolen-bike list: it cannot be sold here', 'frameSerial');
