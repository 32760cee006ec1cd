import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, isUuid, type Viewer } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';
import { RateLimiter, type RateLimit } from '@flagship/rate-limits';
import { In } from 'typeorm';
import { ImageStore } from '../image-store';
import { processImage, type ImageRules } from '../image-pipeline';
import type { ProcessedImage } from '../image-encoding';
import { MediaAsset } from './media-asset.entity';

/** Photos members share need to be big enough to look at; logos and the like have their own rules. */
export const MEMBER_PHOTO_RULES: ImageRules = { minWidth: 200, minHeight: 200 };

/** Avatars are shown round and small: the centred square, at most 640 pixels a side (320 at 2x). */
export const AVATAR_RULES: ImageRules = { minWidth: 200, minHeight: 200, squareUpTo: 640 };

/**
 * Every upload is decoded and encoded seven times over: a member sharing a build or a guide needs a
 * few dozen an hour at most; a script filling the disk is stopped after 60 (decision 0027).
 */
export const UPLOADS_PER_ACCOUNT: RateLimit = { name: 'uploads-per-account', points: 60, durationSeconds: 3600, refusal: 'Too many uploads' };

/** An upload nothing used after this long was abandoned (a form left unsent): the cleanup job removes it. */
export const UNATTACHED_ASSET_TTL_MS = 24 * 60 * 60 * 1000;

/** Assets the cleanup removes per statement, so one run never holds many row locks at once. */
const CLEANUP_BATCH = 200;

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
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Runs an upload through the image pipeline and keeps it for `viewer` (avatars with `AVATAR_RULES`,
   * already attached). Each attempt counts against `UPLOADS_PER_ACCOUNT`, refused ones too: decoding
   * is the expensive part.
   */
  async upload(viewer: Viewer, file: Buffer | undefined, alt: unknown, rules: ImageRules = MEMBER_PHOTO_RULES, options: { attached?: boolean } = {}): Promise<MediaAsset> {
    await this.limiter.consume(UPLOADS_PER_ACCOUNT, viewer.accountId);
    const altText = imageAlt(alt);
    if (!file) throw badInput('file', 'Choose an image to upload');
    return this.create(viewer.accountId, await processImage(file, rules), altText, options);
  }

  /** Keeps an already processed image for `ownerId` (the demo's generated photos come this way). */
  async create(ownerId: string, image: ProcessedImage, alt: string, options: { attached?: boolean } = {}): Promise<MediaAsset> {
    const id = randomUUID();
    const stored = await this.images.save(`uploads/${ownerId}/${id}`, image);
    try {
      return await this.connection.getRepository(MediaAsset).save(
        Object.assign(new MediaAsset(), { id, ownerId, storageKey: stored.key, width: stored.width, height: stored.height, widths: stored.widths, alt: imageAlt(alt), attachedAt: options.attached ? new Date() : null }),
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
    // Locked until the caller's transaction ends (or this one, when called outside any), so the cleanup
    // cannot remove an upload while it is being claimed.
    return this.connection.withTransaction(async () => {
      const found = await this.connection.getRepository(MediaAsset).find({ where: { id: In([...ids]) }, lock: { mode: 'pessimistic_write' } });
      const byId = new Map(found.map((asset) => [asset.id, asset]));
      const assets = ids.map((id) => byId.get(id));
      if (assets.some((asset) => !asset || asset.ownerId !== viewer.accountId)) throw badInput(field, 'Use photos you uploaded yourself');
      const unattached = found.filter((asset) => !asset.attachedAt).map((asset) => asset.id);
      if (unattached.length) {
        await this.connection.getRepository(MediaAsset).update({ id: In(unattached) }, { attachedAt: new Date() });
      }
      return assets as MediaAsset[];
    });
  }

  /**
   * Removes `asset` (a replaced avatar): the row now, the files once the caller's transaction has
   * committed, so a rollback leaves both.
   */
  async remove(asset: MediaAsset): Promise<void> {
    await this.connection.getRepository(MediaAsset).delete({ id: asset.id });
    await this.connection.afterCommit(() => this.images.remove(asset.stored));
  }

  /**
   * Removes the uploads never attached to anything and created before `before` (rows, then files), in
   * batches; returns how many. Rows a claim holds are skipped (it is attaching them).
   */
  async removeUnattached(before: Date): Promise<number> {
    let removed = 0;
    for (;;) {
      const rows = await this.connection.withTransaction(async (manager) => {
        const [deleted] = (await manager.query(
          `DELETE FROM media_asset WHERE id IN (
             SELECT id FROM media_asset WHERE attached_at IS NULL AND created_at < $1 ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED
           ) AND attached_at IS NULL RETURNING storage_key, widths`,
          [before, CLEANUP_BATCH],
        )) as [{ storage_key: string; widths: number[] }[], number];
        return deleted;
      });
      // The files go after the rows' commit: a file without a row is harmless, a row without files is a broken image.
      await Promise.all(rows.map((row) => this.images.remove({ key: row.storage_key, widths: row.widths })));
      removed += rows.length;
      if (rows.length < CLEANUP_BATCH) return removed;
    }
  }

  /** Assets by id, in any order (for DataLoaders). */
  findByIds(ids: readonly string[]): Promise<MediaAsset[]> {
    return ids.length ? this.connection.getRepository(MediaAsset).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
}
