import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImagePlaceholder, ResponsiveImage, Thumbnail } from './ResponsiveImage';

const image = { url: '/media/p/1/1280.webp', alt: 'A gravel bike', width: 1600, height: 1200, srcset: '/media/p/1/320.webp 320w, /media/p/1/1600.webp 1600w' };
/** The attributes of the first <img> or <div>, names in lower case as HTML reads them (React may put a preload <link> before a priority image). */
const attributes = (html: string) => Object.fromEntries([...(/<(?:img|div)[^>]*>/.exec(html)?.[0] ?? '').matchAll(/ ([a-zA-Z-]+)="([^"]*)"/g)].map((m) => [m[1].toLowerCase(), m[2]]));

describe('ResponsiveImage', () => {
  it('reserves its space and loads lazily, asynchronously, from its srcset', () => {
    expect(attributes(renderToStaticMarkup(<ResponsiveImage image={image} sizes="50vw" />))).toEqual({
      class: 'ui-image',
      src: image.url,
      srcset: image.srcset,
      sizes: '50vw',
      alt: 'A gravel bike',
      width: '1600',
      height: '1200',
      loading: 'lazy',
      decoding: 'async',
      style: 'aspect-ratio:1600 / 1200;object-fit:cover',
    });
  });

  it('loads a priority image at once and first, in the shape asked for', () => {
    const html = renderToStaticMarkup(<ResponsiveImage image={image} sizes="100vw" priority aspectRatio="4 / 3" fit="contain" />);
    expect(attributes(html)).toMatchObject({ loading: 'eager', fetchpriority: 'high', style: 'aspect-ratio:4 / 3;object-fit:contain' });
  });

  it('has an empty alt when decorative, and no sizes without a srcset', () => {
    const html = renderToStaticMarkup(<ResponsiveImage image={{ ...image, srcset: null }} sizes="50vw" decorative />);
    expect(attributes(html)).toMatchObject({ alt: '' });
    expect(attributes(html)).not.toHaveProperty('sizes');
    expect(attributes(html)).not.toHaveProperty('srcset');
  });

  it('stands in for a missing image with a hidden, letterless placeholder of the same shape', () => {
    const html = renderToStaticMarkup(<ImagePlaceholder aspectRatio="1 / 1" />);
    expect(attributes(html)).toMatchObject({ 'aria-hidden': 'true', style: 'aspect-ratio:1 / 1' });
    expect(html.replace(/<[^>]+>/g, '')).toBe('');
    expect(renderToStaticMarkup(<Thumbnail image={null} />)).toContain('ui-image-placeholder');
  });
});
