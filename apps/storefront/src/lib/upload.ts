import { ApiError } from '@/lib/graphql-client';

/** The photo rules the API applies, said before a file is sent. */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** An upload as `POST /uploads/images` answers it: the id GraphQL inputs take (`photoIds`) and the image. */
export interface UploadedImage {
  id: string;
  url: string;
  srcset: string;
  alt: string;
  width: number;
  height: number;
}

/** Uploads a member's photo for something they are writing (a build, a guide step, a route). */
export async function uploadImage(file: File, alt: string): Promise<UploadedImage> {
  return (await postImage('/uploads/images', file, alt)) as UploadedImage;
}

/**
 * Sends one image with its text alternative as multipart/form-data to `path`. A refusal comes back as
 * an ApiError naming its field (`file` or `alt`), so forms show it beside that field.
 */
export async function postImage(path: string, file: File, alt: string): Promise<unknown> {
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
  if (response?.ok) return response.json().catch(() => null);
  const answer = (await response?.json().catch(() => null)) as { error?: { message?: string; code?: string; field?: string } } | null;
  throw new ApiError(answer?.error?.message ?? 'The upload did not work. Try again.', answer?.error?.code ?? 'UPLOAD_FAILED', answer?.error?.field);
}
