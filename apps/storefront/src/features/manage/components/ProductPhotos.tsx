import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { Badge, Button, ConfirmDialog, ResponsiveImage, toast } from '@/components/ui';
import type { ManagedPhotoFragment } from '@/gql/graphql';
import { fieldError, formError, requiredText, submitTo } from '@/lib/forms';
import { request } from '@/lib/graphql-client';
import { RemoveProductImageMutation, ReorderProductImagesMutation, SetMainProductImageMutation, UpdateProductImageMutation } from '../graphql/products';
import { uploadProductPhoto } from '../upload-photo';
import { ImageUploadForm } from './ImageUploadForm';
import '../photos.css';

type Photo = ManagedPhotoFragment;

/**
 * A product's photos on its edit page: the first is the main photo (cards and lists show it). Each can
 * be moved up or down, made the main photo, described again or removed (after a confirmation); new
 * ones are added with their description. Buttons name the photo they act on for screen readers, and
 * focus stays with the photo that moved.
 */
export function ProductPhotos({ productId, productName, photos, onChanged }: { productId: string; productName: string; photos: Photo[]; onChanged: () => Promise<unknown> }) {
  const [status, setStatus] = useState('');
  const items = useRef(new Map<string, HTMLLIElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  /** Refreshes, says what happened, and moves focus to the photo that moved (or the heading, after a removal). */
  const afterChange = async (message: string, focus?: { photoId: string } | 'heading') => {
    await onChanged();
    setStatus(message);
    if (focus) requestAnimationFrame(() => (focus === 'heading' ? heading.current : items.current.get(focus.photoId))?.focus());
  };
  const reorder = useMutation({ mutationFn: (imageIds: string[]) => request(ReorderProductImagesMutation, { productId, imageIds }) });
  const makeMain = useMutation({ mutationFn: (id: string) => request(SetMainProductImageMutation, { id }) });
  const remove = useMutation({ mutationFn: (id: string) => request(RemoveProductImageMutation, { id }) });
  const busy = reorder.isPending || makeMain.isPending;

  const move = async (photo: Photo, by: -1 | 1) => {
    const ids = photos.map((p) => p.id);
    const from = ids.indexOf(photo.id);
    ids.splice(from, 1);
    ids.splice(from + by, 0, photo.id);
    await reorder.mutateAsync(ids);
    await afterChange(`Moved “${photo.alt}” to position ${from + by + 1} of ${ids.length}`, { photoId: photo.id });
  };

  return (
    <section aria-labelledby="photos-title" className="product-photos">
      <h2 id="photos-title" ref={heading} tabIndex={-1}>
        Photos
      </h2>
      <p className="muted">The first photo is the main one: the shop’s cards and lists show it.</p>
      <p className="visually-hidden" role="status">
        {status}
      </p>
      {(reorder.error ?? makeMain.error) && <p role="alert">{(reorder.error ?? makeMain.error)!.message}</p>}
      {photos.length === 0 ? (
        <p>No photos yet. Shoppers see a plain placeholder until you add one.</p>
      ) : (
        <ol className="photo-list">
          {photos.map((photo, index) => (
            <li
              key={photo.id}
              className="photo-item"
              tabIndex={-1}
              aria-label={`Photo ${index + 1} of ${photos.length}: ${photo.alt}`}
              ref={(element) => {
                if (element) items.current.set(photo.id, element);
                else items.current.delete(photo.id);
              }}
            >
              <div className="photo-item-image">
                <ResponsiveImage image={photo} sizes="10rem" aspectRatio="4 / 3" />
                {index === 0 && <Badge tone="success">Main photo</Badge>}
              </div>
              <div className="photo-item-body">
                <AltForm photo={photo} onSaved={() => afterChange(`Description saved for photo ${index + 1}`)} />
                <div className="photo-actions">
                  <Button size="sm" variant="secondary" disabled={busy || index === 0} onClick={() => move(photo, -1)}>
                    Move up<span className="visually-hidden">: {photo.alt}</span>
                  </Button>
                  <Button size="sm" variant="secondary" disabled={busy || index === photos.length - 1} onClick={() => move(photo, 1)}>
                    Move down<span className="visually-hidden">: {photo.alt}</span>
                  </Button>
                  {index > 0 && (
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={busy}
                      onClick={async () => {
                        await makeMain.mutateAsync(photo.id);
                        await afterChange(`“${photo.alt}” is now the main photo`, { photoId: photo.id });
                      }}
                    >
                      Make main photo<span className="visually-hidden">: {photo.alt}</span>
                    </Button>
                  )}
                  <ConfirmDialog
                    trigger={
                      <Button size="sm" variant="ghost">
                        Remove<span className="visually-hidden"> photo: {photo.alt}</span>
                      </Button>
                    }
                    title="Remove this photo?"
                    description={`“${photo.alt}” is removed from ${productName} and from the shop. This cannot be undone.`}
                    confirmLabel="Remove photo"
                    pendingLabel="Removing…"
                    tone="danger"
                    onConfirm={async () => {
                      await remove.mutateAsync(photo.id);
                      toast.success('Photo removed');
                      await afterChange('Photo removed', 'heading');
                    }}
                  />
                </div>
              </div>
            </li>
          ))}
        </ol>
      )}
      <h3>Add a photo</h3>
      <ImageUploadForm
        productName={productName}
        onAdd={async ({ file, alt }) => {
          await uploadProductPhoto(productId, file, alt);
          toast.success('Photo added');
          await afterChange(`Photo added as number ${photos.length + 1}`);
        }}
      />
    </section>
  );
}

const altSchema = z.object({ alt: requiredText('Describe the photo for people who cannot see it').max(200, 'Describe the photo in up to 200 characters') });

function AltForm({ photo, onSaved }: { photo: Photo; onSaved: () => Promise<unknown> }) {
  const form = useForm({ resolver: zodResolver(altSchema), values: { alt: photo.alt } });
  const save = useMutation({ mutationFn: ({ alt }: { alt: string }) => request(UpdateProductImageMutation, { id: photo.id, alt }), onSuccess: onSaved });
  return (
    <form onSubmit={submitTo(form, save.mutateAsync)} noValidate className="photo-alt-form" aria-label={`Description of ${photo.alt}`}>
      <TextField label="Description" maxLength={200} {...form.register('alt')} error={fieldError(form, 'alt')} />
      <FormError message={formError(form)} />
      <Button type="submit" size="sm" variant="secondary" pending={form.formState.isSubmitting} pendingLabel="Saving…" disabled={!form.formState.isDirty}>
        Save description
      </Button>
    </form>
  );
}
