import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { badInput, notFound, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { ImageStore, MediaStorage, PRODUCT_PHOTO_RULES, imageAlt, processImage, type ProcessedImage, type StoredImage } from '@flagship/media';
import { CatalogEvents } from '../catalog.events';
import { CatalogLoaders } from '../catalog.loaders';
import { Product } from '../product/product.entity';
import { ProductPolicy } from '../product/product.policy';
import { ProductService } from '../product/product.service';
import { ProductImage } from './product-image.entity';

/** Enough for every angle and detail; a gallery longer than this helps no shopper. */
export const MAX_PRODUCT_PHOTOS = 20;

/**
 * A product's photos: added (uploaded, or drawn by the demo), described, ordered (the first is the
 * main photo) and removed. Every change locks the product's row first, so changes to one product's
 * photos happen one after the other and positions stay 0, 1, 2… Files are written before the row that
 * points at them and deleted only after the commit that forgot them: a file without a row is harmless,
 * a row without its files is not.
 */
@Injectable()
export class ProductImageService {
  private readonly logger = new Logger(ProductImageService.name);

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly products: ProductService,
    private readonly images: ImageStore,
    private readonly storage: MediaStorage,
    private readonly events: EventLog,
    private readonly loaders: CatalogLoaders,
  ) {}

  /** A product's main photo, batched per request, for other domains' lines (an order line's picture). */
  async mainPhoto(loaders: RequestLoaders, productId: string): Promise<ProductImage | null> {
    return (await this.loaders.images(loaders, productId))[0] ?? null;
  }

  hasPhotos(productId: string): Promise<boolean> {
    return this.connection.getRepository(ProductImage).existsBy({ productId });
  }

  /** Stores an uploaded photo as WebP variants and adds it after the product's other photos. */
  async upload(viewer: Viewer, productId: string, file: Buffer | undefined, alt: unknown): Promise<ProductImage> {
    const altText = imageAlt(alt);
    if (!file?.length) throw badInput('file', 'Choose an image to upload');
    // Refused before the (slow) decoding, for someone who may not change the product.
    ProductPolicy.authorize(viewer, 'manage', await this.connection.getRepository(Product).findOneBy({ id: productId }));
    return this.add(viewer, productId, await processImage(file, PRODUCT_PHOTO_RULES), altText);
  }

  /** Adds an image already made into variants (an upload, or the demo's drawings) as the product's last photo. */
  async add(viewer: Viewer, productId: string, image: ProcessedImage, alt: string): Promise<ProductImage> {
    const altText = imageAlt(alt);
    const id = randomUUID();
    const stored = await this.images.save(`products/${productId}/${id}`, image);
    try {
      return await this.connection.withTransaction(async () => {
        ProductPolicy.authorize(viewer, 'manage', await this.products.lock(productId));
        const images = this.connection.getRepository(ProductImage);
        const position = await images.countBy({ productId });
        if (position >= MAX_PRODUCT_PHOTOS) throw badInput('file', `A product has at most ${MAX_PRODUCT_PHOTOS} photos: remove one to add another`);
        const saved = await images.save(
          images.create({ id, productId, storageKey: stored.key, alt: altText, position, width: stored.width, height: stored.height, widths: stored.widths }),
        );
        await this.events.record(CatalogEvents.productImageAdded, { actorId: viewer.accountId, subjectId: productId, payload: { imageId: id, position } });
        return saved;
      });
    } catch (error) {
      await this.images.remove(stored);
      throw error;
    }
  }

  /**
   * Makes an image already stored elsewhere (a seller's upload, a media asset) the last photo of a
   * seller's product, without copying its files: from now on the product photo owns them (decision
   * 0038). The marketplace has authorised the seller; call it inside the transaction that lets go of
   * the upload's own row.
   */
  async addStored(actorId: string, productId: string, stored: StoredImage, alt: string, field = 'photoIds'): Promise<ProductImage> {
    return this.connection.withTransaction(async () => {
      if (!(await this.products.lock(productId))) throw notFound('Product');
      const images = this.connection.getRepository(ProductImage);
      const position = await images.countBy({ productId });
      if (position >= MAX_PRODUCT_PHOTOS) throw badInput(field, `A product has at most ${MAX_PRODUCT_PHOTOS} photos: remove one to add another`);
      const saved = await images.save(
        images.create({ id: randomUUID(), productId, storageKey: stored.key, alt: imageAlt(alt), position, width: stored.width, height: stored.height, widths: stored.widths }),
      );
      await this.events.record(CatalogEvents.productImageAdded, { actorId, subjectId: productId, payload: { imageId: saved.id, position } });
      return saved;
    });
  }

  /** Removes a photo of a seller's product (the marketplace has authorised the seller); its files go after the commit. */
  async removeFromOffer(actorId: string, productId: string, imageId: string, field = 'removeImageIds'): Promise<void> {
    await this.connection.withTransaction(async () => {
      if (!(await this.products.lock(productId))) throw notFound('Product');
      const images = this.connection.getRepository(ProductImage);
      const image = await images.findOneBy({ id: imageId, productId });
      if (!image) throw badInput(field, 'This product has no such photo');
      await images.delete({ id: imageId });
      await images.createQueryBuilder().update().set({ position: () => 'position - 1' }).where('product_id = :productId AND position > :position', image).execute();
      await this.events.record(CatalogEvents.productImageRemoved, { actorId, subjectId: productId, payload: { imageId } });
      await this.connection.afterCommit(() => this.removeFiles(image));
    });
  }

  async updateAlt(viewer: Viewer, id: string, alt: unknown): Promise<ProductImage> {
    const altText = imageAlt(alt);
    return this.connection.withTransaction(async () => {
      const image = await this.lockedImage(viewer, id);
      image.alt = altText;
      await this.connection.getRepository(ProductImage).update({ id }, { alt: altText });
      await this.events.record(CatalogEvents.productImageChanged, { actorId: viewer.accountId, subjectId: image.productId, payload: { imageId: id } });
      return image;
    });
  }

  /** Puts the product's photos in the order given: every one of them, each once. The first becomes the main photo. */
  async reorder(viewer: Viewer, productId: string, imageIds: readonly string[]): Promise<Product> {
    return this.connection.withTransaction(async () => {
      ProductPolicy.authorize(viewer, 'manage', await this.products.lock(productId));
      const current = await this.photosOf(productId);
      const known = new Set(current.map((image) => image.id));
      if (imageIds.length !== known.size || new Set(imageIds).size !== known.size || !imageIds.every((id) => known.has(id))) {
        throw badInput('imageIds', 'List every photo of the product once, in the new order');
      }
      await this.renumber(viewer, productId, current, imageIds);
      return this.products.get(productId);
    });
  }

  /** Makes a photo the product's main one (first); the others keep their order after it. */
  async setMain(viewer: Viewer, id: string): Promise<Product> {
    return this.connection.withTransaction(async () => {
      const image = await this.lockedImage(viewer, id);
      const current = await this.photosOf(image.productId);
      await this.renumber(viewer, image.productId, current, [id, ...current.map((i) => i.id).filter((other) => other !== id)]);
      return this.products.get(image.productId);
    });
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    return this.connection.withTransaction(async () => {
      const image = await this.lockedImage(viewer, id);
      const images = this.connection.getRepository(ProductImage);
      await images.delete({ id });
      // The ones after it move up, so the positions stay 0, 1, 2… (the next one becomes main if it was).
      await images.createQueryBuilder().update().set({ position: () => 'position - 1' }).where('product_id = :productId AND position > :position', image).execute();
      await this.events.record(CatalogEvents.productImageRemoved, { actorId: viewer.accountId, subjectId: image.productId, payload: { imageId: id } });
      await this.connection.afterCommit(() => this.removeFiles(image));
      return true;
    });
  }

  /**
   * Photos uploaded before variants existed are one JPEG, PNG or WebP file each: makes their variants
   * and removes the file. Runs at start-up, after the migrations; a photo whose file cannot be read is
   * removed (it could never be shown) and logged.
   */
  async upgradeSingleFilePhotos(): Promise<number> {
    const pending = await this.connection.getRepository(ProductImage).createQueryBuilder('i').where('cardinality(i.widths) = 0').getMany();
    for (const photo of pending) {
      const media = await this.storage.read(photo.storageKey);
      const source = media ? Buffer.concat(await media.stream.toArray()) : undefined;
      const image = source ? await processImage(source, { minWidth: 1, minHeight: 1 }).catch(() => undefined) : undefined;
      if (!image) {
        this.logger.warn(`Product photo ${photo.id} (${photo.storageKey}) could not be read: removed`);
        await this.connection.withTransaction(async () => {
          await this.connection.getRepository(ProductImage).delete({ id: photo.id });
          await this.connection.query(`UPDATE product_image SET position = position - 1 WHERE product_id = $1 AND position > $2`, [photo.productId, photo.position]);
        });
        continue;
      }
      const stored = await this.images.save(`products/${photo.productId}/${photo.id}`, image);
      await this.connection.getRepository(ProductImage).update({ id: photo.id }, { storageKey: stored.key, width: stored.width, height: stored.height, widths: stored.widths });
      await this.storage.delete(photo.storageKey);
    }
    return pending.length;
  }

  /** The image with its product's row locked, once the viewer may manage that product. */
  private async lockedImage(viewer: Viewer, id: string): Promise<ProductImage> {
    const found = await this.connection.getRepository(ProductImage).findOneBy({ id });
    if (!found) throw notFound('Image');
    ProductPolicy.authorize(viewer, 'manage', await this.products.lock(found.productId));
    // Read again under the lock: a reorder that committed meanwhile moved it.
    const image = await this.connection.getRepository(ProductImage).findOneBy({ id });
    if (!image) throw notFound('Image');
    return image;
  }

  private photosOf(productId: string): Promise<ProductImage[]> {
    return this.connection.getRepository(ProductImage).find({ where: { productId }, order: { position: 'ASC', createdAt: 'ASC' } });
  }

  private async renumber(viewer: Viewer, productId: string, current: ProductImage[], order: readonly string[]): Promise<void> {
    if (!order.every((id, i) => current[i]?.id === id)) {
      // The unique (product, position) constraint is deferred to the commit, so positions may pass through duplicates.
      await this.connection.query(`UPDATE product_image i SET position = o.position - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position) WHERE i.id = o.id`, [order]);
    }
    await this.events.record(CatalogEvents.productImagesReordered, { actorId: viewer.accountId, subjectId: productId, payload: { imageIds: [...order] } });
  }

  private removeFiles(image: ProductImage): Promise<void> {
    return image.widths.length ? this.images.remove(image.stored) : this.storage.delete(image.storageKey);
  }
}
