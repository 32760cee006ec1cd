import { Injectable } from '@nestjs/common';
import { ProductImageService, type ProductImage } from '@flagship/catalog';
import { TransactionalConnection } from '@flagship/database';
import { MediaAsset, MediaAssetService } from '@flagship/media';
import { In } from 'typeorm';

/**
 * Sellers' photos (decision 0038): a vendor or member uploads images like any member (`POST
 * /uploads/images`, media assets owned by the uploader), then names them when listing. Attaching
 * checks each is the owner's own upload, makes it the product's next photo and hands its files to the
 * product photo (no copy, no second encoding): the asset row goes, the files stay under the photo.
 */
@Injectable()
export class ListingPhotoService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly media: MediaAssetService,
    private readonly images: ProductImageService,
  ) {}

  /**
   * Adds `photoIds` (uploads of `ownerAccountId`, in order) after the product's photos. The caller has
   * authorised the seller for the product (ListingPolicy.manage, or resale's own rule). Refused on
   * `field` when a photo is unknown, someone else's, given twice, or one too many.
   */
  async attach(productId: string, ownerAccountId: string, photoIds: string[], field = 'photoIds'): Promise<ProductImage[]> {
    if (photoIds.length === 0) return [];
    return this.connection.withTransaction(async () => {
      // `claim` reads only the account from the viewer: the owner the caller vouches for.
      const assets = await this.media.claim({ accountId: ownerAccountId, roles: new Set(), memberships: [] }, photoIds, field);
      const added: ProductImage[] = [];
      for (const asset of assets) added.push(await this.images.addStored(ownerAccountId, productId, asset.stored, asset.alt, field));
      await this.connection.getRepository(MediaAsset).delete({ id: In(assets.map((asset) => asset.id)) });
      return added;
    });
  }
}
