import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
// Types only: the test run's global setup uses this class outside Jest's module system (no path aliases).
import type { ProcessedImage } from '@flagship/media';
import { DEMO_BUILD_IMAGES } from './community/build-images';
import { DEMO_ROUTE_PINS } from './community/route-images';
import { DEMO_BRAND_IMAGES, DEMO_PRODUCT_IMAGES } from './demo-images';

/**
 * Renders the demo's drawings through the media pipeline, keeping the results in a cache keyed by the
 * drawing's text and the pipeline's version: the first seed on a machine renders them (a few seconds),
 * every later one (each test file seeds the demo) reads them back. Drawing the same thing always gives
 * the same text, so the cache never serves a stale picture.
 */
export class DemoImageRenderer {
  /** `renderSvg` and `PIPELINE_VERSION` of @flagship/media. */
  constructor(
    private readonly renderSvg: (svg: string) => Promise<ProcessedImage>,
    private readonly pipelineVersion: string,
    private readonly cacheDir = process.env.DEMO_IMAGE_CACHE || path.join(os.tmpdir(), 'flagship-demo-images'),
  ) {}

  /** Renders every demo picture that is not cached yet, two at a time; returns how many it rendered. */
  async renderAll(): Promise<number> {
    const drawings = [...Object.values(DEMO_PRODUCT_IMAGES).flat(), ...Object.values(DEMO_BRAND_IMAGES), ...Object.values(DEMO_BUILD_IMAGES).flat(), ...Object.values(DEMO_ROUTE_PINS).flat().map((pin) => pin.image)].map((image) => image.draw());
    let rendered = 0;
    const next = async (): Promise<void> => {
      const svg = drawings.pop();
      if (svg === undefined) return;
      if (!(await this.read(this.dirOf(svg)).catch(() => undefined))) {
        await this.render(svg);
        rendered++;
      }
      return next();
    };
    await Promise.all([next(), next()]);
    return rendered;
  }

  private dirOf(svg: string): string {
    return path.join(this.cacheDir, createHash('sha256').update(`${this.pipelineVersion}\n${svg}`).digest('hex').slice(0, 40));
  }

  async render(svg: string): Promise<ProcessedImage> {
    const dir = this.dirOf(svg);
    const cached = await this.read(dir).catch(() => undefined);
    if (cached) return cached;
    const image = await this.renderSvg(svg);
    await this.write(dir, image).catch(() => undefined); // A cache that cannot be written only costs time.
    return image;
  }

  private async read(dir: string): Promise<ProcessedImage | undefined> {
    const files = (await readdir(dir)).filter((file) => /^\d+x\d+\.webp$/.test(file));
    if (files.length === 0) return undefined;
    const variants = await Promise.all(
      files.map(async (file) => {
        const [width, height] = file.slice(0, -'.webp'.length).split('x').map(Number);
        return { width, height, data: await readFile(path.join(dir, file)) };
      }),
    );
    variants.sort((a, b) => a.width - b.width);
    const widest = variants[variants.length - 1];
    return { width: widest.width, height: widest.height, variants };
  }

  /** Written beside, then renamed into place: a reader never sees half a set, and two writers race harmlessly. */
  private async write(dir: string, image: ProcessedImage): Promise<void> {
    const staging = `${dir}.${randomUUID()}`;
    await mkdir(staging, { recursive: true });
    await Promise.all(image.variants.map((v) => writeFile(path.join(staging, `${v.width}x${v.height}.webp`), v.data)));
    await rename(staging, dir).catch(() => rm(staging, { recursive: true, force: true }));
  }
}
