import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, notFound, type RequestLoaders, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { EventLog } from '@flagship/events';
import { Image, ImageStore, processImage, type ImageRules, type ProcessedImage } from '@flagship/media';
import { BrandEvents } from '../brand.events';
import { Brand } from '../brand/brand.entity';
import { BrandPolicy } from '../brand/brand.policy';
import { BrandImage, BrandImageSlot } from './brand-image.entity';

/** A logo is shown small; a hero spans a wide screen, so it must be wide enough not to blur. */
export const BRAND_IMAGE_RULES: Record<BrandImageSlot, ImageRules> = {
  [BrandImageSlot.LOGO]: { minWidth: 64, minHeight: 64 },
  [BrandImageSlot.HERO]: { minWidth: 1200, minHeight: 400 },
};

function imageAlt(alt: unknown): string {
  const text = typeof alt === 'string' ? alt.trim() : '';
  if (text.length === 0) throw badInput('alt', 'Describe the image for people who cannot see it');
  if (text.length > 200) throw badInput('alt', 'Describe the image in up to 200 characters');
  return text;
}

/**
 * The brand's logo and home hero image: one of each at most. Setting one replaces the one before,
 * whose files are deleted after the commit; the brand's row is locked first, so two changes at once
 * happen one after the other.
 */
@Injectable()
export class BrandImageService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly images: ImageStore,
    private readonly events: EventLog,
  ) {}

  /** The brand's images by slot, one query per request however often it is asked. */
  async imageOf(loaders: RequestLoaders, brandId: string, slot: BrandImageSlot): Promise<Image | null> {
    const images = await loaders.get<string, BrandImage[]>('brand.imagesByBrand', (ids) => this.imagesByBrand(ids)).load(brandId);
    const image = images.find((i) => i.slot === slot);
    return image ? Image.of(image.stored, image.alt) : null;
  }

  /** Whether the brand has an image in `slot`. */
  async has(slot: BrandImageSlot): Promise<boolean> {
    const brand = await this.current();
    return !!brand && (await this.connection.getRepository(BrandImage).existsBy({ brandId: brand.id, slot }));
  }

  async upload(viewer: Viewer, slot: BrandImageSlot, file: Buffer | undefined, alt: unknown): Promise<Brand> {
    const altText = imageAlt(alt);
    if (!file?.length) throw badInput('file', 'Choose an image to upload');
    BrandPolicy.authorize(viewer, 'manage', await this.current());
    return this.set(viewer, slot, await processImage(file, BRAND_IMAGE_RULES[slot]), altText);
  }

  /** Sets the logo or hero to an image already made into variants (an upload, or the demo's drawing). */
  async set(viewer: Viewer, slot: BrandImageSlot, image: ProcessedImage, alt: string): Promise<Brand> {
    const altText = imageAlt(alt);
    const brand = BrandPolicy.authorize(viewer, 'manage', await this.current());
    const id = randomUUID();
    const stored = await this.images.save(`brand/${brand.id}/${id}`, image);
    try {
      return await this.connection.withTransaction(async () => {
        await this.lock(brand.id);
        const rows = this.connection.getRepository(BrandImage);
        const previous = await rows.findOneBy({ brandId: brand.id, slot });
        if (previous) await rows.delete({ id: previous.id });
        await rows.insert({ id, brandId: brand.id, slot, storageKey: stored.key, alt: altText, width: stored.width, height: stored.height, widths: stored.widths });
        await this.events.record(BrandEvents.imageChanged, { actorId: viewer.accountId, subjectId: brand.id, payload: { slot } });
        if (previous) await this.connection.afterCommit(() => this.images.remove(previous.stored));
        return brand;
      });
    } catch (error) {
      await this.images.remove(stored);
      throw error;
    }
  }

  async remove(viewer: Viewer, slot: BrandImageSlot): Promise<Brand> {
    return this.connection.withTransaction(async () => {
      const brand = BrandPolicy.authorize(viewer, 'manage', await this.current());
      await this.lock(brand.id);
      const rows = this.connection.getRepository(BrandImage);
      const image = await rows.findOneBy({ brandId: brand.id, slot });
      if (!image) throw notFound('Image');
      await rows.delete({ id: image.id });
      await this.events.record(BrandEvents.imageRemoved, { actorId: viewer.accountId, subjectId: brand.id, payload: { slot } });
      await this.connection.afterCommit(() => this.images.remove(image.stored));
      return brand;
    });
  }

  private current(): Promise<Brand | null> {
    return this.connection.getRepository(Brand).findOne({ where: {}, order: { createdAt: 'ASC' } });
  }

  private async lock(brandId: string): Promise<void> {
    await this.connection.query(`SELECT id FROM brand WHERE id = $1 FOR NO KEY UPDATE`, [brandId]);
  }

  private async imagesByBrand(ids: readonly string[]): Promise<BrandImage[][]> {
    const rows = await this.connection.getRepository(BrandImage).createQueryBuilder('i').where('i.brand_id = ANY(:ids)', { ids }).getMany();
    return ids.map((id) => rows.filter((row) => row.brandId === id));
  }
}
