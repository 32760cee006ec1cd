import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { Image } from '../image.type';
import type { StoredImage } from '../image-store';

/**
 * An image a member uploaded (`POST /uploads/images`), stored as WebP variants like every image on the
 * platform. It belongs to its uploader until something they write uses it (a build's photo, a guide
 * step's, a pin on a route): `MediaAssetService.claim` checks the owner and marks it attached. An asset
 * never attached is removed after a day (`media-asset-cleanup`).
 */
@Entity('media_asset')
@Index('media_asset_owner_idx', ['ownerId', 'createdAt'])
export class MediaAsset {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'media_asset_pkey' })
  id!: string;

  /** The account that uploaded it (no foreign key: media is infrastructure, below accounts). */
  @Column('uuid', { name: 'owner_id' })
  ownerId!: string;

  /** Where the variants are: `<storageKey>/<width>.webp`. */
  @Column('text', { name: 'storage_key' })
  storageKey!: string;

  @Column('integer')
  width!: number;

  @Column('integer')
  height!: number;

  @Column('integer', { array: true })
  widths!: number[];

  /** The text alternative the uploader gave. */
  @Column('text')
  alt!: string;

  /** When something the owner wrote first used it; null while it is only uploaded. */
  @Column('timestamptz', { name: 'attached_at', nullable: true })
  attachedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  get stored(): StoredImage {
    return { key: this.storageKey, width: this.width, height: this.height, widths: this.widths };
  }

  /** The asset as GraphQL's `Image`, with its own alt text or the one given. */
  image(alt?: string | null): Image {
    return Image.of(this.stored, alt || this.alt);
  }
}
