import { postImage } from '@/lib/upload';

export { MAX_PHOTO_BYTES, PHOTO_TYPES } from '@/lib/upload';

/** Uploads one product photo with its text alternative (POST /catalog/products/:id/images). */
export async function uploadProductPhoto(productId: string, file: File, alt: string): Promise<void> {
  await postImage(`/catalog/products/${productId}/images`, file, alt);
}

/** Uploads the brand's logo (`logo`) or home hero image (`hero`), as `uploadProductPhoto` does a photo. */
export async function uploadBrandImage(slot: 'logo' | 'hero', file: File, alt: string): Promise<void> {
  await postImage(`/brand/images/${slot}`, file, alt);
}
