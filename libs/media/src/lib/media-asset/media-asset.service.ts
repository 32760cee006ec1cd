import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, isUuid, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { In } from 'typeorm';
import { ImageStore } from '../image-store';
import { processImage, type ImageRules } from '../image-pipeline';
import type { ProcessedImage } from '../image-encoding';
import { MediaAsset } from './media-asset.entity';

/** Photos members share need to be big enough to look at; logos and the like have their own rules. */
export const MEMBER_PHOTO_RULES: ImageRules = { minWidth: 200, minHeight: 200 };

/** A photo's text alternative, trimmed: required, up to 200 characters. */
export function imageAlt(alt: unknown, field = 'alt'): string {
  const text = typeof alt === 'string' ? alt.trim() : '';
  if (text.length === 0) throw badInput(field, 'Describe the photo for people who cannot see it');
  if (text.length > 200) throw badInput(field, 'Describe the photo in up to 200 characters');
  return text;
}

/**
 * Members' uploads (decision 0026): an upload becomes an asset owned by its uploader; what they write
 * then names assets by id, and `claim` makes sure they are the writer's own.
 */
@Injectable()
export class MediaAssetService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly images: ImageStore,
  ) {}

  /** Runs an upload through the image pipeline and keeps it for `viewer`. */
  async upload(viewer: Viewer, file: Buffer | undefined, alt: unknown): Promise<MediaAsset> {
    const altText = imageAlt(alt);
    if (!file) throw badInput('file', 'Choose an image to upload');
    return this.create(viewer.accountId, await processImage(file, MEMBER_PHOTO_RULES), altText);
  }

  /** Keeps an already processed image for `ownerId` (the demo's generated photos come this way). */
  async create(ownerId: string, image: ProcessedImage, alt: string): Promise<MediaAsset> {
    const id = randomUUID();
    const stored = await this.images.save(`uploads/${ownerId}/${id}`, image);
    try {
      return await this.connection.getRepository(MediaAsset).save(
        Object.assign(new MediaAsset(), { id, ownerId, storageKey: stored.key, width: stored.width, height: stored.height, widths: stored.widths, alt: imageAlt(alt), attachedAt: null }),
      );
    } catch (error) {
      await this.images.remove(stored);
      throw error;
    }
  }

  /**
   * The assets `ids` names, in that order, after checking each is `viewer`'s own upload; marks them
   * attached. Refused on `field` (e.g. `photoIds`) when one is unknown or someone else's, so a member
   * cannot show another member's private upload as their own. Repeats are refused too.
   */
  async claim(viewer: Viewer, ids: readonly string[], field: string): Promise<MediaAsset[]> {
    if (ids.length === 0) return [];
    if (new Set(ids).size !== ids.length) throw badInput(field, 'The same photo is there twice');
    if (!ids.every(isUuid)) throw badInput(field, 'There is no such photo');
    const found = await this.connection.getRepository(MediaAsset).findBy({ id: In([...ids]) });
    const byId = new Map(found.map((asset) => [asset.id, asset]));
    const assets = ids.map((id) => byId.get(id));
    if (assets.some((asset) => !asset || asset.ownerId !== viewer.accountId)) throw badInput(field, 'Use photos you uploaded yourself');
    const unattached = found.filter((asset) => !asset.attachedAt).map((asset) => asset.id);
    if (unattached.length) {
      await this.connection.getRepository(MediaAsset).update({ id: In(unattached) }, { attachedAt: new Date() });
    }
    return assets as MediaAsset[];
  }

  /** Assets by id, in any order (for DataLoaders). */
  findByIds(ids: readonly string[]): Promise<MediaAsset[]> {
    return ids.length ? this.connection.getRepository(MediaAsset).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
}
