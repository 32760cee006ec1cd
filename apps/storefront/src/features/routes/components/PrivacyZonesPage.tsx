import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextField } from '@/components/form/TextField';
import { Breadcrumbs, Button, ConfirmDialog, EmptyState, toast } from '@/components/ui';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { usePageTitle } from '@/lib/page-title';
import { useAddPrivacyZone, usePrivacyZones, useRemovePrivacyZone } from '../hooks/use-routes';
import '../routes.css';

const coordinate = (min: number, max: number, message: string) => z.string().trim().regex(/^[-+]?\d{1,3}(\.\d+)?$/, message).transform(Number).pipe(z.number().min(min, message).max(max, message));

const zoneSchema = z.object({
  lat: coordinate(-90, 90, 'Latitude is a number between -90 and 90, e.g. 47.9959'),
  lng: coordinate(-180, 180, 'Longitude is a number between -180 and 180, e.g. 7.8522'),
  radiusM: z.string().transform(Number).pipe(z.number().int().min(200, 'Choose 200 to 1000 m').max(1000, 'Choose 200 to 1000 m')),
});

const coordinates = (lat: number, lng: number) => `${lat.toFixed(5)}, ${lng.toFixed(5)}`;

/**
 * The member's privacy zones: places (home, work) that others never see on any of their routes. Only
 * the member sees this list; the hidden circle is moved by a random offset the platform keeps, so the
 * place cannot be worked out from where tracks disappear.
 */
export function PrivacyZonesPage() {
  usePageTitle('Route privacy');
  const zones = usePrivacyZones();
  const add = useAddPrivacyZone();
  const remove = useRemovePrivacyZone();
  const form = useForm({ resolver: zodResolver(zoneSchema), defaultValues: { lat: '', lng: '', radiusM: '400' } });
  const submit = submitTo(form, async (input) => {
    await add.mutateAsync(input);
    toast.success('Privacy zone added: it now hides that place on all your routes.');
    form.reset({ lat: '', lng: '', radiusM: input.radiusM.toString() });
  });
  const list = zones.data?.privacyZones ?? [];

  return (
    <div className="route-privacy">
      <Breadcrumbs items={[{ label: 'Account', to: '/account' }, { label: 'Route privacy' }]} />
      <h1>Route privacy</h1>
      <p className="muted">
        Others never see the parts of your <Link to="/community/routes">routes</Link> inside these zones, nor a stretch of varying length at every start and end. You always see your whole tracks.
      </p>

      <section aria-labelledby="zones-title" className="route-privacy-card">
        <h2 id="zones-title">Your privacy zones</h2>
        {zones.isLoading ? (
          <p aria-live="polite">Loading…</p>
        ) : list.length === 0 ? (
          <EmptyState headingLevel={3} title="No privacy zones yet" description="Add your home or workplace below: every route you share hides it from others." />
        ) : (
          <ul className="route-zone-list">
            {list.map((zone) => (
              <li key={zone.id}>
                <span>
                  <strong>{coordinates(zone.lat, zone.lng)}</strong>
                  <span className="muted"> · {zone.radiusM} m around</span>
                </span>
                <ConfirmDialog
                  trigger={
                    <Button variant="secondary" size="sm">
                      Remove
                    </Button>
                  }
                  title="Remove this privacy zone?"
                  description="Parts of your routes near it will be visible to everyone again (start and end hiding stays on)."
                  confirmLabel="Remove zone"
                  pendingLabel="Removing…"
                  tone="danger"
                  onConfirm={() => remove.mutateAsync(zone.id)}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="add-zone-title" className="route-privacy-card">
        <h2 id="add-zone-title">Add a zone</h2>
        <p className="muted">Enter the place’s coordinates (in a map app, long-press the place to copy them).</p>
        <form onSubmit={submit} noValidate>
          <div className="route-zone-fields">
            <TextField label="Latitude" inputMode="decimal" placeholder="47.9959" required {...form.register('lat')} error={fieldError(form, 'lat')} />
            <TextField label="Longitude" inputMode="decimal" placeholder="7.8522" required {...form.register('lng')} error={fieldError(form, 'lng')} />
            <TextField label="Radius (m)" type="number" min={200} max={1000} step={50} required {...form.register('radiusM')} error={fieldError(form, 'radiusM')} />
          </div>
          <FormError message={formError(form)} />
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? 'Adding…' : 'Add privacy zone'}
          </Button>
        </form>
      </section>
    </div>
  );
}
