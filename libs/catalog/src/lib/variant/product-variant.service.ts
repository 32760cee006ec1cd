import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, badInput, notFound, type Viewer } from '@flagship/api-core';
import { toSafeInteger, TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { VARIANT_COLUMNS, toVariant } from '../catalog.rows';
import { Product, type OfferKind, type SellerKind } from '../product/product.entity';
import { ProductPolicy } from '../product/product.policy';
import { MAX_STOCK, type UpdateVariantInput, type VariantInput } from './dto/variant.input';
import { ProductVariant } from './product-variant.entity';

@Injectable()
export class ProductVariantService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Variants the viewer (undefined: a visitor) may buy now (`ProductPolicy.buy`: their product is published), with their product. */
  async findSellable(viewer: Viewer | undefined, variantIds: string[]): Promise<{ variant: ProductVariant; product: Product }[]> {
    if (variantIds.length === 0) return [];
    const variants = await this.connection.getRepository(ProductVariant).find({ where: { id: In(variantIds) }, relations: { product: true } });
    return variants.filter((variant) => ProductPolicy.can(viewer, 'buy', variant.product!)).map((variant) => ({ variant, product: variant.product! }));
  }

  /**
   * Takes `quantity` units of a published variant in one conditional UPDATE: it succeeds only while
   * enough stock is left, so concurrent buyers can never drive stock below zero. Returns what was
   * reserved, priced now, or null when there is not enough (or the product is not for sale). Call it
   * inside the checkout's transaction, for lines in a fixed order (by variant id), so two carts never
   * wait on each other in opposite orders.
   */
  async reserve(variantId: string, quantity: number): Promise<ReservedVariant | null> {
    // A service's places are its slots' (the marketplace holds them), not the variant's stock.
    const rows: ReservedVariant[] = await this.connection.manager.query(
      `UPDATE product_variant v SET stock = CASE WHEN p.offer_kind = 'SERVICE' THEN v.stock ELSE v.stock - $2 END
       FROM product p
       WHERE v.id = $1 AND p.id = v.product_id AND p.status = 'PUBLISHED' AND NOT p.seller_hidden
         AND (v.stock >= $2 OR p.offer_kind = 'SERVICE')
       RETURNING v.id AS "variantId", v.product_id AS "productId", p.name AS "productName", v.name AS "variantName",
                 v.sku, v.price_minor AS "priceMinor", v.currency, p.category_id AS "categoryId",
                 p.seller_kind AS "sellerKind", p.seller_id AS "sellerId", p.offer_kind AS "offerKind"`,
      [variantId, quantity],
    );
    // pg returns [rows, count] for UPDATE … RETURNING through TypeORM's query()
    const [row] = Array.isArray(rows[0]) ? (rows[0] as unknown as ReservedVariant[]) : rows;
    // price_minor is a bigint, which node-postgres reads as a string.
    return row ? { ...row, priceMinor: toSafeInteger(row.priceMinor) } : null;
  }

  /** Puts reserved units back (an order cancelled or its reservation expired). */
  async release(variantId: string, quantity: number): Promise<void> {
    await this.connection.manager.query(
      `UPDATE product_variant v SET stock = stock + $2 FROM product p WHERE v.id = $1 AND p.id = v.product_id AND p.offer_kind <> 'SERVICE'`,
      [variantId, quantity],
    );
  }

  /** Units on hand, for error messages. */
  async stockOf(variantId: string): Promise<number> {
    return (await this.connection.getRepository(ProductVariant).findOneBy({ id: variantId }))?.stock ?? 0;
  }

  count(productId: string): Promise<number> {
    return this.connection.getRepository(ProductVariant).countBy({ productId });
  }

  /**
   * Adds variants (SKUs are stored upper-case). `inputField` names an input's field in refusals: a
   * taken SKU, or a size and colour another variant of the product has already.
   */
  async addAll(product: Product, inputs: VariantInput[], inputField = (index: number, field: string) => `variants.${index}.${field}`): Promise<ProductVariant[]> {
    const skus = inputs.map((v) => v.sku.toUpperCase());
    const repeated = skus.findIndex((sku, i) => skus.indexOf(sku) !== i);
    if (repeated >= 0) throw skuTaken(skus[repeated], inputField(repeated, 'sku'));
    const variants = this.connection.getRepository(ProductVariant);
    const existing = await variants.findBy({ sku: In(skus) });
    if (existing.length) throw skuTaken(existing[0].sku, inputField(skus.indexOf(existing[0].sku), 'sku'));
    const siblings = await variants.find({ where: { productId: product.id }, select: { id: true, size: true, colour: true } });
    const combinations = new Set(siblings.map(optionsOf).filter((key) => key !== null));
    inputs.forEach((input, i) => {
      const key = optionsOf(input);
      if (key === null) return;
      if (combinations.has(key)) throw optionsTaken(input, inputField(i, input.size ? 'size' : 'colour'));
      combinations.add(key);
    });
    const offset = siblings.length;
    const saved = await variants.save(
      inputs.map((input, i) =>
        variants.create({ ...input, sku: skus[i], productId: product.id, currency: product.currency, position: offset + i }),
      ),
    );
    await this.refreshMinPrice(product.id);
    return saved;
  }

  async add(viewer: Viewer, productId: string, input: VariantInput): Promise<ProductVariant> {
    const product = ProductPolicy.authorize(viewer, 'manage', await this.connection.getRepository(Product).findOneBy({ id: productId }));
    const [variant] = await this.addAll(product, [input], (_index, field) => field);
    return variant;
  }

  async update(viewer: Viewer, id: string, input: UpdateVariantInput): Promise<ProductVariant> {
    for (const field of ['sku', 'name', 'priceMinor'] as const) if (input[field] === null) throw badInput(field, 'This cannot be empty');
    const variants = this.connection.getRepository(ProductVariant);
    const variant = await this.authorizeManage(viewer, id);
    const sku = input.sku?.toUpperCase();
    if (sku && sku !== variant.sku && (await variants.existsBy({ sku }))) throw skuTaken(sku, 'sku');
    if (input.size !== undefined || input.colour !== undefined) {
      const options = { size: input.size === undefined ? variant.size : input.size, colour: input.colour === undefined ? variant.colour : input.colour };
      const key = optionsOf(options);
      const siblings = await variants.find({ where: { productId: variant.productId }, select: { id: true, size: true, colour: true } });
      if (key !== null && siblings.some((sibling) => sibling.id !== id && optionsOf(sibling) === key)) throw optionsTaken(options, options.size ? 'size' : 'colour');
    }
    await variants.update({ id }, { ...input, ...(sku ? { sku } : {}) });
    await this.refreshMinPrice(variant.productId);
    return variants.findOneByOrFail({ id });
  }

  /**
   * Adds or takes away units in one conditional UPDATE, so it composes with checkouts and other
   * managers' changes instead of overwriting them; stock never goes below zero (CONFLICT on `delta`).
   */
  async adjustStock(viewer: Viewer, variantId: string, delta: number): Promise<ProductVariant> {
    await this.authorizeManage(viewer, variantId);
    const row = await this.updateReturning(
      `UPDATE product_variant SET stock = stock + $2
       WHERE id = $1 AND stock + $2 >= 0 AND ($2 <= 0 OR stock + $2 <= ${MAX_STOCK})
       RETURNING ${VARIANT_COLUMNS}`,
      [variantId, delta],
    );
    if (row) return row;
    const current = await this.currentStock(variantId);
    if (delta < 0) throw new DomainError(ErrorCode.CONFLICT, `Only ${current} in stock: taking away ${-delta} would go below zero`, 'delta');
    throw new DomainError(ErrorCode.CONFLICT, `A variant holds at most ${MAX_STOCK} units; it has ${current}`, 'delta');
  }

  /**
   * Sets the stock to a number, but only if it still is what the editor saw (`expectedStock`):
   * compare-and-set in one UPDATE. When an order or another manager changed it meanwhile, nothing is
   * written and the answer is CONFLICT on `expectedStock`.
   */
  async setStock(viewer: Viewer, variantId: string, stock: number, expectedStock: number): Promise<ProductVariant> {
    await this.authorizeManage(viewer, variantId);
    const row = await this.updateReturning(`UPDATE product_variant SET stock = $2 WHERE id = $1 AND stock = $3 RETURNING ${VARIANT_COLUMNS}`, [
      variantId,
      stock,
      expectedStock,
    ]);
    if (row) return row;
    const current = await this.currentStock(variantId);
    throw new DomainError(ErrorCode.CONFLICT, `The stock changed to ${current} meanwhile; check it and try again`, 'expectedStock');
  }

  /**
   * Sets every variant of a seller's product to one price (a listing's approved revision, decision
   * 0038); the marketplace has authorised it by its own rules.
   */
  async setOfferPrice(productId: string, priceMinor: number): Promise<void> {
    await this.connection.getRepository(ProductVariant).update({ productId }, { priceMinor });
    await this.refreshMinPrice(productId);
  }

  /** Sets a seller's variant's stock (the vendor's restock, decision 0038); the marketplace has authorised it. */
  async setOfferStock(variantId: string, stock: number): Promise<ProductVariant> {
    if (!Number.isInteger(stock) || stock < 0 || stock > MAX_STOCK) throw badInput('stock', `Stock is a whole number from 0 to ${MAX_STOCK}`);
    const row = await this.updateReturning(`UPDATE product_variant SET stock = $2 WHERE id = $1 RETURNING ${VARIANT_COLUMNS}`, [variantId, stock]);
    if (!row) throw notFound('Variant');
    return row;
  }

  /** The variant, when the viewer may manage its product (`ProductPolicy.manage`); NOT_FOUND otherwise. */
  private async authorizeManage(viewer: Viewer, variantId: string): Promise<ProductVariant> {
    const variant = await this.connection.getRepository(ProductVariant).findOne({ where: { id: variantId }, relations: { product: true } });
    if (!variant) throw notFound('Variant');
    ProductPolicy.authorize(viewer, 'manage', variant.product!);
    return variant;
  }

  private async updateReturning(sql: string, parameters: unknown[]): Promise<ProductVariant | null> {
    const result: unknown[] = await this.connection.manager.query(sql, parameters);
    // pg returns [rows, count] for UPDATE … RETURNING through TypeORM's query()
    const rows = (Array.isArray(result[0]) ? result[0] : result) as Record<string, unknown>[];
    return rows[0] ? toVariant(rows[0]) : null;
  }

  /** The stock now, for a message; NOT_FOUND when the variant does not exist. */
  private async currentStock(variantId: string): Promise<number> {
    const variant = await this.connection.getRepository(ProductVariant).findOneBy({ id: variantId });
    if (!variant) throw notFound('Variant');
    return variant.stock;
  }

  /** Keeps the product's "from" price, used to filter and sort, in step with its variants. */
  private async refreshMinPrice(productId: string): Promise<void> {
    await this.connection.manager.query(
      `UPDATE product SET min_price_minor = (SELECT min(price_minor) FROM product_variant WHERE product_id = $1), updated_at = now() WHERE id = $1`,
      [productId],
    );
  }
}

export interface ReservedVariant {
  variantId: string;
  productId: string;
  productName: string;
  variantName: string;
  sku: string;
  priceMinor: number;
  currency: string;
  categoryId: string;
  /** Who sells it (decision 0035): copied onto the order line, where the marketplace splits the order by seller. */
  sellerKind: SellerKind;
  sellerId: string | null;
  offerKind: OfferKind;
}

/**
 * A variant's place among its product's options (decision 0021): its size and colour, compared without
 * case, or null for a variant with neither (one told apart by its name alone, e.g. "Standard"). Two
 * variants of a product may not share one, or the product page could not tell which one was picked.
 */
function optionsOf(variant: { size?: string | null; colour?: string | null }): string | null {
  if (!variant.size && !variant.colour) return null;
  return JSON.stringify([variant.size?.toLocaleLowerCase('en') ?? null, variant.colour?.toLocaleLowerCase('en') ?? null]);
}

const optionsTaken = (variant: { size?: string | null; colour?: string | null }, field: string) =>
  new DomainError(ErrorCode.CONFLICT, `Another variant is ${[variant.size, variant.colour].filter(Boolean).join(', ')} already`, field);

const skuTaken = (sku: string, field: string) => new DomainError(ErrorCode.CONFLICT, `The SKU ${sku} is in use already`, field);
