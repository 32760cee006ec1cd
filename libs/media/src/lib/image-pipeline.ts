import sharp, { type OutputInfo } from 'sharp';
import { badInput } from '@flagship/api-core';
import { sniffImageType } from './media-storage';

/**
 * The widths every image is stored at (never wider than it came): enough steps for a phone's thumbnail
 * through a wide desktop hero at 2x, few enough that an upload stays quick. Decision 0020.
 */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1600] as const;

/** Uploads larger than this are refused before they are decoded. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Decoding a 40-megapixel image takes about 160 MB of memory; larger ones are refused before decoding. */
const MAX_INPUT_PIXELS = 40_000_000;

/** WebP at this quality is indistinguishable from the JPEG it replaces at about 60% of its size. */
const WEBP_QUALITY = 80;

export interface ImageVariant {
  width: number;
  height: number;
  data: Buffer;
}

/** An image as the platform keeps it: WebP variants, widest last, metadata removed. */
export interface ProcessedImage {
  /** Of the widest variant (the original is not kept). */
  width: number;
  height: number;
  variants: ImageVariant[];
}

export interface ImageRules {
  /** The narrowest an image may be, in pixels (a logo needs fewer than a product photo). */
  minWidth: number;
  minHeight: number;
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
  return encodeVariants(pixels);
}

/**
 * Renders SVG the platform drew itself (the demo's illustrations) and encodes it as an upload would be.
 * Never for uploaded files: SVG can reference other files and run script in a browser.
 */
export async function renderSvg(svg: string): Promise<ProcessedImage> {
  // Drawn at the size its width and height attributes give (the widest variant), so nothing is scaled up.
  return encodeVariants(await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true }));
}

type RawImage = { data: Buffer; info: OutputInfo };

async function encodeVariants({ data: pixels, info }: RawImage): Promise<ProcessedImage> {
  const widest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
  const widths = [...IMAGE_WIDTHS.filter((w) => w < Math.min(info.width, widest)), Math.min(info.width, widest)];
  const raw = { width: info.width, height: info.height, channels: info.channels as 1 | 2 | 3 | 4 };
  // Encoded side by side: sharp runs each on its own thread.
  const variants: ImageVariant[] = await Promise.all(
    widths.map(async (width) => {
      const { data, info: out } = await sharp(pixels, { raw }).resize({ width }).webp({ quality: WEBP_QUALITY }).toBuffer({ resolveWithObject: true });
      return { width: out.width, height: out.height, data };
    }),
  );
  const stored = variants[variants.length - 1];
  return { width: stored.width, height: stored.height, variants };
}
