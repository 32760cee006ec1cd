import sharp, { type OutputInfo } from 'sharp';

// Only sharp here (no path aliases): the test run's global setup imports this file to render the demo's
// drawings once before the test files start (scripts/jest/global-setup.ts).

/**
 * The widths every image is stored at (never wider than it came): enough steps for a phone's thumbnail
 * through a wide desktop hero at 2x, few enough that an upload stays quick. Decision 0020.
 */
export const IMAGE_WIDTHS = [320, 480, 640, 800, 960, 1280, 1600] as const;

/** WebP at this quality is indistinguishable from the JPEG it replaces at about 60% of its size. */
const WEBP_QUALITY = 80;

/** Changes whenever the same input would give other variants (a cache of rendered images is keyed by it). */
export const PIPELINE_VERSION = `sharp ${sharp.versions.sharp}; webp q${WEBP_QUALITY}; ${IMAGE_WIDTHS.join(',')}`;

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

export type RawImage = { data: Buffer; info: OutputInfo };

/**
 * Renders SVG the platform drew itself (the demo's illustrations) and encodes it as an upload would be.
 * Never for uploaded files: SVG can reference other files and run script in a browser.
 */
export async function renderSvg(svg: string): Promise<ProcessedImage> {
  // Drawn at the size its width and height attributes give (the widest variant), so nothing is scaled up.
  return encodeVariants(await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true }));
}

export async function encodeVariants({ data: pixels, info }: RawImage): Promise<ProcessedImage> {
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
