import sharp from 'sharp';
import { badInput } from '@flagship/api-core';
import { encodeVariants, type ProcessedImage, type RawImage } from './image-encoding';
import { sniffImageType } from './media-storage';

/** Uploads larger than this are refused before they are decoded. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * Decoding a 40-megapixel image takes about 160 MB of memory; larger ones are refused before decoding:
 * sharp compares the size in the file's header with this limit before it decodes a single row, so a
 * "decompression bomb" (a few kilobytes declaring 20,000 × 20,000 pixels) costs no memory.
 */
const MAX_INPUT_PIXELS = 40_000_000;

export interface ImageRules {
  /** The narrowest an image may be, in pixels (a logo needs fewer than a product photo). */
  minWidth: number;
  minHeight: number;
  /** Cut to the centred square and scaled down to at most this many pixels a side (avatars). */
  squareUpTo?: number;
}

export const PRODUCT_PHOTO_RULES: ImageRules = { minWidth: 200, minHeight: 200 };

/**
 * Decodes an uploaded JPEG, PNG or WebP and re-encodes it as WebP at each of IMAGE_WIDTHS up to its own
 * width. The type comes from the file's bytes, and the file must decode: anything else is refused on
 * `file`. EXIF orientation is applied and all metadata (camera, GPS position) is dropped, because
 * nothing is copied over but the pixels.
 */
export async function processImage(source: Buffer, rules: ImageRules): Promise<ProcessedImage> {
  if (source.length === 0) throw badInput('file', 'Choose an image to upload');
  if (source.length > MAX_UPLOAD_BYTES) throw badInput('file', `Images can be up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  if (!sniffImageType(source)) throw badInput('file', 'Upload a JPEG, PNG or WebP image');
  let pixels: RawImage;
  try {
    // Decoded once, turned upright and into sRGB, then resized from memory for each width.
    pixels = await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (/pixel limit/i.test(String(error))) throw badInput('file', 'The image is too large: up to 40 megapixels');
    throw badInput('file', 'The image could not be read; it may be damaged');
  }
  const { width, height } = pixels.info;
  if (width < rules.minWidth || height < rules.minHeight) {
    throw badInput('file', `The image is too small: at least ${rules.minWidth} × ${rules.minHeight} pixels`);
  }
  if (rules.squareUpTo) {
    const side = Math.min(width, height, rules.squareUpTo);
    const raw = { width, height, channels: pixels.info.channels as 1 | 2 | 3 | 4 };
    pixels = await sharp(pixels.data, { raw }).resize({ width: side, height: side, fit: 'cover', position: 'centre' }).raw().toBuffer({ resolveWithObject: true });
  }
  return encodeVariants(pixels);
}

