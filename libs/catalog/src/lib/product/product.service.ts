import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, notFound, slugify, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { EventLog } from '@flagship/events';
import { CatalogEvents } from '../catalog.events';
import { PRODUCT_COLUMNS, toProduct } from '../catalog.rows';
import { Category } from '../category/category.entity';
import { toSpecs } from '../details/product-spec';
import { ProductVariantService } from '../variant/product-variant.service';
import type { CreateProductInput, UpdateProductInput } from './dto/product.inputs';
import { Product, ProductStatus, type OfferKind, type SellerKind } from './product.entity';
import { ProductPolicy } from './product.policy';

/**
 * The brand manager's side of the catalog: creating, editing, publishing and archiving products. Each
 * change authorises `ProductPolicy.manage` on the product it touches (or is about to create).
 */
@Injectable()
export class ProductService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly variants: ProductVariantService,
    private readonly events: EventLog,
  ) {}

  /** A product as the viewer may see it (`ProductPolicy.read`): shoppers see published ones only. */
  async findBySlug(slug: string, viewer?: Viewer): Promise<Product | null> {
    const product = await this.connection.getRepository(Product).findOneBy({ slug });
    return product && ProductPolicy.can(viewer, 'read', product) ? product : null;
  }

  /** Products by id in any state, for other domains' loaders; visibility is the caller's `ProductPolicy` check. */
  findByIds(ids: readonly string[]): Promise<Product[]> {
    return this.connection.getRepository(Product).findBy({ id: In([...ids]) });
  }

  /** Stores the rating summary the reviews domain computed, for display and sorting. */
  async setRatingSummary(productId: string, average: number, count: number): Promise<void> {
    await this.connection.getRepository(Product).update({ id: productId }, { ratingAverage: average, ratingCount: count });
  }

  /**
   * A product in any state, its row locked until the caller's transaction ends (FOR NO KEY UPDATE: other
   * writers of the row wait, readers and foreign keys do not), or null. Status changes take it (see
   * `setStatus`); the reviews domain takes it before inserting a review (and checks it may, by its
   * policy), so two reviews of one product are summarised one after the other and each summary
   * counts every committed review.
   */
  async lock(id: string): Promise<Product | null> {
    if (!this.connection.inTransaction) throw new Error('lock needs a transaction to hold the lock');
    const rows: Record<string, unknown>[] = await this.connection.manager.query(
      `SELECT ${PRODUCT_COLUMNS} FROM product p WHERE p.id = $1 FOR NO KEY UPDATE`,
      [id],
    );
    return rows[0] ? toProduct(rows[0]) : null;
  }

  existsWithSlug(slug: string): Promise<boolean> {
    return this.connection.getRepository(Product).existsBy({ slug });
  }

  async get(id: string): Promise<Product> {
    const product = await this.connection.getRepository(Product).findOneBy({ id });
    if (!product) throw notFound('Product');
    return product;
  }

  /** A new product starts as a draft with its variants. */
  async create(viewer: Viewer, input: CreateProductInput): Promise<Product> {
    const products = this.connection.getRepository(Product);
    const slug = input.slug ?? slugify(input.name);
    const draft = ProductPolicy.authorize(
      viewer,
      'manage',
      products.create({
        slug,
        name: input.name,
        description: input.description,
        specs: toSpecs(input.specs ?? []),
        categoryId: input.categoryId,
        currency: input.currency,
        status: ProductStatus.DRAFT,
      }),
    );
    await this.requireCategory(input.categoryId);
    if (await products.existsBy({ slug })) throw slugTaken(slug);
    const product = await products.save(draft);
    await this.variants.addAll(product, input.variants);
    return this.get(product.id);
  }

  /**
   * A vendor's or member's product (decision 0035), created as a DRAFT for the marketplace, which has
   * authorised the seller by its own rules (ListingPolicy); it is published when its listing is approved.
   */
  async createOffer(input: CreateProductInput & { sellerKind: SellerKind; sellerId: string; offerKind: OfferKind }): Promise<Product> {
    const products = this.connection.getRepository(Product);
    const slug = input.slug ?? (await this.freeSlug(slugify(input.name)));
    await this.requireCategory(input.categoryId);
    if (await products.existsBy({ slug })) throw slugTaken(slug);
    const product = await products.save(
      products.create({
        slug,
        name: input.name,
        description: input.description,
        specs: toSpecs(input.specs ?? []),
        categoryId: input.categoryId,
        currency: input.currency,
        status: ProductStatus.DRAFT,
        sellerKind: input.sellerKind,
        sellerId: input.sellerId,
        offerKind: input.offerKind,
      }),
    );
    await this.variants.addAll(product, input.variants);
    return this.get(product.id);
  }

  /** Changes a seller's product for the marketplace (its listing's approved version); the marketplace has authorised it. */
  async updateOffer(id: string, input: UpdateProductInput): Promise<Product> {
    const { specs, ...fields } = input;
    if (input.categoryId) await this.requireCategory(input.categoryId);
    await this.connection.getRepository(Product).update({ id }, { ...fields, ...(specs ? { specs: toSpecs(specs) } : {}) });
    return this.get(id);
  }

  /** Publishes or withdraws a seller's product as its listing's review decides (the marketplace has authorised it). */
  async setOfferStatus(actorId: string | null, id: string, status: ProductStatus): Promise<Product> {
    const product = await this.lock(id);
    if (!product) throw notFound('Product');
    if (status === product.status) return product;
    if (status === ProductStatus.PUBLISHED && (await this.variants.count(id)) === 0) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Add a variant before publishing', 'status');
    }
    await this.connection.getRepository(Product).update({ id }, { status });
    await this.recordStatusChange(id, product.status, status, actorId);
    return this.get(id);
  }

  /** Hides (a suspended seller) or shows again every product of one seller, in one statement. */
  async setSellerHidden(sellerKind: SellerKind, sellerId: string, hidden: boolean): Promise<number> {
    const result = await this.connection.getRepository(Product).update({ sellerKind, sellerId }, { sellerHidden: hidden });
    return result.affected ?? 0;
  }

  /** `base`, or `base-2`, `base-3`… : the first slug no product has. */
  private async freeSlug(base: string): Promise<string> {
    const products = this.connection.getRepository(Product);
    for (let n = 1; ; n++) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (!(await products.existsBy({ slug }))) return slug;
    }
  }

  async update(viewer: Viewer, id: string, input: UpdateProductInput): Promise<Product> {
    // Every field is optional (absent: unchanged), but none can be emptied (specs: an empty list).
    for (const field of ['name', 'slug', 'description', 'categoryId', 'specs'] as const) if (input[field] === null) throw badInput(field, 'This cannot be empty');
    const { specs, ...fields } = input;
    const product = ProductPolicy.authorize(viewer, 'manage', await this.connection.getRepository(Product).findOneBy({ id }));
    if (input.categoryId) await this.requireCategory(input.categoryId);
    if (input.slug && input.slug !== product.slug && (await this.connection.getRepository(Product).existsBy({ slug: input.slug }))) {
      throw slugTaken(input.slug);
    }
    await this.connection.getRepository(Product).update({ id }, { ...fields, ...(specs ? { specs: toSpecs(specs) } : {}) });
    return this.get(id);
  }

  /**
   * Publishing needs something to buy; archiving hides the product but keeps it for past orders. The
   * row is locked first: a second change at the same moment waits, then starts from this one's
   * result, so each change is recorded once and with the status it really came from.
   */
  async setStatus(viewer: Viewer, id: string, status: ProductStatus): Promise<Product> {
    const product = ProductPolicy.authorize(viewer, 'manage', await this.lock(id));
    if (status === product.status) return product;
    if (status === ProductStatus.PUBLISHED && (await this.variants.count(id)) === 0) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Add a variant before publishing', 'status');
    }
    await this.connection.getRepository(Product).update({ id }, { status });
    await this.recordStatusChange(id, product.status, status, viewer.accountId);
    return this.get(id);
  }

  /** Every status change is an event: what shoppers can see changed. */
  private async recordStatusChange(id: string, from: ProductStatus, to: ProductStatus, actorId: string | null): Promise<void> {
    const event = { actorId, subjectId: id };
    if (to === ProductStatus.PUBLISHED) await this.events.record(CatalogEvents.productPublished, event);
    else if (from === ProductStatus.ARCHIVED) await this.events.record(CatalogEvents.productUnarchived, event);
    else if (to === ProductStatus.ARCHIVED) await this.events.record(CatalogEvents.productArchived, { ...event, payload: { from } });
    else await this.events.record(CatalogEvents.productUnpublished, event);
  }

  private async requireCategory(categoryId: string): Promise<void> {
    if (!(await this.connection.getRepository(Category).existsBy({ id: categoryId }))) {
      throw new DomainError(ErrorCode.NOT_FOUND, 'This category does not exist', 'categoryId');
    }
  }
}

const slugTaken = (slug: string) => new DomainError(ErrorCode.CONFLICT, `A product with the slug "${slug}" exists already`, 'slug');
