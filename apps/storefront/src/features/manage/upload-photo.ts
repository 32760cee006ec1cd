import { ApiError } from '@/lib/graphql-client';

/** The photo rules the API applies, said before a file is sent. */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * Uploads one product photo with its text alternative (POST /catalog/products/:id/images). A refusal
 * comes back as an ApiError naming its field (`file` or `alt`), so forms show it beside that field.
 */
export function uploadProductPhoto(productId: string, file: File, alt: string): Promise<void> {
  return postImage(`/catalog/products/${productId}/images`, file, alt);
}

/** Uploads the brand's logo (`logo`) or home hero image (`hero`), as `uploadProductPhoto` does a photo. */
export function uploadBrandImage(slot: 'logo' | 'hero', file: File, alt: string): Promise<void> {
  return postImage(`/brand/images/${slot}`, file, alt);
}

async function postImage(path: string, file: File, alt: string): Promise<void> {
  const body = new FormData();
  body.set('alt', alt);
  body.set('file', file);
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    // The API requires this header on uploads: a cross-site form cannot send it.
    headers: { 'x-flagship-upload': '1' },
    body,
  }).catch(() => null);
  if (response?.ok) return;
  const answer = (await response?.json().catch(() => null)) as { error?: { message?: string; code?: string; field?: string } } | null;
  throw new ApiError(answer?.error?.message ?? 'The upload did not work. Try again.', answer?.error?.code ?? 'UPLOAD_FAILED', answer?.error?.field);
}
