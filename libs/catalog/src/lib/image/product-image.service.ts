import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, notFound, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { IMAGE_EXTENSIONS, MediaStorage, sniffImageType } from '@flagship/media';
import { Product } from '../product/product.entity';
import { ProductPolicy } from '../product/product.policy';
import { ProductImage } from './product-image.entity';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

@Injectable()
export class ProductImageService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly storage: MediaStorage,
  ) {}

  /**
   * Stores an uploaded photo. The type comes from the file's own bytes (JPEG, PNG or WebP), never from
   * the client; the file is written before the row, and removed again if the row cannot be saved.
   */
  async add(viewer: Viewer, productId: string, file: { buffer: Buffer; size: number } | undefined, alt: unknown): Promise<ProductImage> {
    if (!file?.buffer?.length) throw badInput('file', 'Choose an image to upload');
    if (file.size > MAX_IMAGE_BYTES) throw badInput('file', 'Images can be up to 5 MB');
    const contentType = sniffImageType(file.buffer);
    if (!contentType) throw badInput('file', 'Upload a JPEG, PNG or WebP image');
    const altText = typeof alt === 'string' ? alt.trim() : '';
    if (altText.length < 1 || altText.length > 200) throw badInput('alt', 'Describe the image in up to 200 characters');
    ProductPolicy.authorize(viewer, 'manage', await this.connection.getRepository(Product).findOneBy({ id: productId }));

    const storageKey = `products/${productId}/${randomUUID()}.${IMAGE_EXTENSIONS[contentType]}`;
    await this.storage.put(storageKey, file.buffer, contentType);
    try {
      return await this.connection.withTransaction(async () => {
        const images = this.connection.getRepository(ProductImage);
        const position = await images.countBy({ productId });
        return images.save(images.create({ productId, storageKey, alt: altText, position }));
      });
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const images = this.connection.getRepository(ProductImage);
    const image = await images.findOne({ where: { id }, relations: { product: true } });
    if (!image) throw notFound('Image');
    ProductPolicy.authorize(viewer, 'manage', image.product!);
    await images.delete({ id });
    // The file goes only once the row's deletion is committed: a file left behind by a failed delete is
    // harmless, a row without a file is not.
    await this.connection.afterCommit(() => this.storage.delete(image.storageKey));
    return true;
  }
}
