import { useState, type FormEvent } from 'react';
import { Field } from '@/components/form/Field';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { Button, ResponsiveImage, toast } from '@/components/ui';
import { ApiError } from '@/lib/graphql-client';
import type { UploadedImage } from '@/lib/upload';
import { usePinRoutePhoto, useUnpinRoutePhoto } from '../hooks/use-routes';
import { formatDistance } from '../track-geometry';

export interface PhotoPin {
  id: string;
  caption?: string | null;
  distanceM: number;
  photo: { url: string; srcset: string; alt: string; width: number; height: number };
}

/**
 * The photos pinned along the route, numbered like their markers on the track. The author also gets
 * an unpin button on each and a form to pin another photo.
 */
export function RoutePhotoPins({ routeId, pins, distanceM, canEdit }: { routeId: string; pins: PhotoPin[]; distanceM: number; canEdit: boolean }) {
  const unpin = useUnpinRoutePhoto(routeId);
  if (pins.length === 0 && !canEdit) return null;
  const remove = async (pin: PhotoPin) => {
    try {
      await unpin.mutateAsync(pin.id);
      toast.success('Photo unpinned');
    } catch (error) {
      toast.error(error instanceof Error ? error.message : 'The photo could not be unpinned');
    }
  };
  return (
    <section className="route-pins" aria-labelledby="route-pins-title">
      <h2 id="route-pins-title">Along the way</h2>
      <div className={canEdit ? 'route-pins-body route-pins-editing' : 'route-pins-body'}>
        {pins.length === 0 ? (
          <p className="muted">Pin photos to the places on the route where you took them.</p>
        ) : (
          <ol className="route-pin-list">
            {pins.map((pin, i) => (
              <li key={pin.id}>
                <ResponsiveImage image={pin.photo} sizes="(max-width: 48rem) 100vw, 20rem" aspectRatio="4 / 3" />
                <div className="route-pin-text">
                  <span className="route-pin-number" aria-label={`Pin ${i + 1}`}>
                    {i + 1}
                  </span>
                  <span className="route-pin-caption">
                    {pin.caption && <span>{pin.caption}</span>}
                    <span className="muted">at {formatDistance(pin.distanceM)}</span>
                  </span>
                  {canEdit && (
                    <Button variant="ghost" size="sm" onClick={() => remove(pin)} disabled={unpin.isPending} aria-label={`Unpin photo ${i + 1}`}>
                      Unpin
                    </Button>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
        {canEdit && <PinPhotoForm routeId={routeId} distanceM={distanceM} />}
      </div>
    </section>
  );
}

/** The author pins one of their photos: upload it, say where on the route (km along the track). */
function PinPhotoForm({ routeId, distanceM }: { routeId: string; distanceM: number }) {
  const pin = usePinRoutePhoto(routeId);
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [km, setKm] = useState(0);
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const lengthKm = Math.max(0.1, Math.floor(distanceM / 100) / 10);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (photos.length === 0) return setError({ field: 'photoId', message: 'Add the photo to pin' });
    setError(null);
    try {
      await pin.mutateAsync({ photoId: photos[0].id, distanceM: km * 1000, caption: caption.trim() || undefined });
      toast.success('Photo pinned to the route');
      setPhotos([]);
      setCaption('');
    } catch (failure) {
      setError(failure instanceof ApiError ? { field: failure.field, message: failure.message } : { message: 'The photo could not be pinned. Try again.' });
    }
  };

  return (
    <form className="route-pin-form" onSubmit={submit} noValidate aria-labelledby="pin-photo-title">
      <h3 id="pin-photo-title">Pin a photo</h3>
      <PhotoPicker value={photos} onChange={setPhotos} max={1} label="Photo" error={error?.field === 'photoId' ? error.message : undefined} />
      <Field label="Where on the route" hint={`${km.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} km of ${formatDistance(distanceM)}`} error={error?.field === 'distanceM' ? error.message : undefined}>
        {(control) => <input {...control} type="range" min={0} max={lengthKm} step={0.1} value={km} onChange={(event) => setKm(Number(event.target.value))} className="route-pin-range" />}
      </Field>
      <TextField label="Caption (optional)" maxLength={200} value={caption} onChange={(event) => setCaption(event.target.value)} error={error?.field === 'caption' ? error.message : undefined} />
      <FormError message={error && !['photoId', 'distanceM', 'caption'].includes(error.field ?? '') ? error.message : undefined} />
      <Button type="submit" disabled={pin.isPending}>
        {pin.isPending ? 'Pinning…' : 'Pin photo'}
      </Button>
    </form>
  );
}
