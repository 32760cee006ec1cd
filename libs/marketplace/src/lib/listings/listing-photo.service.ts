import { Injectable } from '@nestjs/common';
import { badInput } from '@flagship/api-core';
import { TransactionalConnection } from '@flagship/database';

/**
 * STAND-IN written on the resale branch so it compiles and runs: the listings engineer's file of the
 * same path and signature replaces it at merge (take theirs). Attaches a seller's uploads (POST
 * /uploads/images → ids) to a listing's product as its images, in order.
 */
@Injectable()
export class ListingPhotoService {
  constructor(private readonly connection: TransactionalConnection) {}

  async attach(productId: string, ownerAccountId: string, photoIds: string[]): Promise<void> {
    if (photoIds.length === 0) return;
    await this.connection.withTransaction(async () => {
      const rows: { id: string }[] = await this.connection.query(`SELECT id FROM media_asset WHERE id = ANY($1) AND owner_id = $2 FOR UPDATE`, [photoIds, ownerAccountId]);
      if (rows.length !== new Set(photoIds).size) throw badInput('photoIds', 'Upload the photos again: some were not found');
      await this.connection.query(`UPDATE media_asset SET attached_at = now() WHERE id = ANY($1) AND attached_at IS NULL`, [photoIds]);
      await this.connection.query(
        `INSERT INTO product_image (product_id, storage_key, alt, position, width, height, widths)
         SELECT $1, m.storage_key, m.alt, p.position - 1, m.width, m.height, m.widths
           FROM unnest($2::uuid[]) WITH ORDINALITY AS p(id, position) JOIN media_asset m ON m.id = p.id`,
        [productId, photoIds],
      );
    });
  }
}
