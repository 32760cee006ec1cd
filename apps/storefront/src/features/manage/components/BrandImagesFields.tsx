import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, ConfirmDialog, ResponsiveImage, toast, type ResponsiveImageSource } from '@/components/ui';
import type { BrandImageSlot } from '@/gql/graphql';
import { brandQueries, useBrand } from '@/lib/brand/brand';
import { request } from '@/lib/graphql-client';
import { RemoveBrandImageMutation } from '../graphql/brand-images';
import { uploadBrandImage } from '../upload-photo';
import { ImageUploadForm } from './ImageUploadForm';
import '../photos.css';

const SLOTS: { slot: BrandImageSlot; path: 'logo' | 'hero'; title: string; hint: string; sizes: string }[] = [
  { slot: 'LOGO', path: 'logo', title: 'Logo', hint: 'A square mark shown beside the brand’s name in the header; at least 64 × 64 pixels.', sizes: '8rem' },
  { slot: 'HERO', path: 'hero', title: 'Home page image', hint: 'A wide picture behind the home page’s headline; at least 1200 × 400 pixels, about 16 : 7.', sizes: '(min-width: 48rem) 36rem, 100vw' },
];

/**
 * The brand's logo and home hero image, for the brand settings page: each shown as it is, replaced by
 * an upload with its description (required), or removed after a confirmation. Composed into the brand
 * page by the route; the header and home page read them through useBrand.
 */
export function BrandImagesFields() {
  const brand = useBrand();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: brandQueries.all });
  const remove = useMutation({ mutationFn: (slot: BrandImageSlot) => request(RemoveBrandImageMutation, { slot }) });
  return (
    <section aria-labelledby="brand-images-title" className="product-photos">
      <h2 id="brand-images-title">Logo and home page image</h2>
      {SLOTS.map(({ slot, path, title, hint, sizes }) => {
        const current: ResponsiveImageSource | null = slot === 'LOGO' ? brand.logo : brand.heroImage;
        return (
          <section key={slot} aria-labelledby={`brand-image-${path}`} className="brand-image-slot">
            <h3 id={`brand-image-${path}`}>{title}</h3>
            <p className="muted">{hint}</p>
            {current ? (
              <div className="brand-image-current">
                <ResponsiveImage image={current} sizes={sizes} className={slot === 'LOGO' ? 'brand-image-logo' : undefined} />
                <ConfirmDialog
                  trigger={
                    <Button size="sm" variant="ghost">
                      Remove<span className="visually-hidden"> the {title.toLowerCase()}</span>
                    </Button>
                  }
                  title={`Remove the ${title.toLowerCase()}?`}
                  description={slot === 'LOGO' ? 'The header shows the brand’s name alone.' : 'The home page shows its headline without a picture.'}
                  confirmLabel="Remove"
                  pendingLabel="Removing…"
                  tone="danger"
                  onConfirm={async () => {
                    await remove.mutateAsync(slot);
                    await refresh();
                    toast.success(`${title} removed`);
                  }}
                />
              </div>
            ) : (
              <p>None yet.</p>
            )}
            <ImageUploadForm
              productName={`the brand’s ${title.toLowerCase()}`}
              submitLabel={current ? `Replace the ${title.toLowerCase()}` : `Upload the ${title.toLowerCase()}`}
              onAdd={async ({ file, alt }) => {
                await uploadBrandImage(path, file, alt);
                await refresh();
                toast.success(`${title} saved`);
              }}
            />
          </section>
        );
      })}
    </section>
  );
}
