import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { SelectField } from '@/components/form/SelectField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { Breadcrumbs, Button, toast } from '@/components/ui';
import { ApiError, request } from '@/lib/graphql-client';
import { parseMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import { CreateServiceListingMutation } from '../graphql/bookings';
import { bookingQueries } from '../queries';
import { viewerTimeZone } from '../time';
import '../bookings.css';

const ZONES = ['Europe/Berlin', 'Europe/Amsterdam', 'Europe/Paris', 'Europe/Vienna', 'Europe/Zurich', 'Europe/London', 'Europe/Madrid', 'Europe/Rome', 'Europe/Copenhagen', 'UTC'];

/** A vendor lists a bookable service; a brand manager reviews it before it shows. */
export function NewServicePage({ vendor }: { vendor: { id: string; name: string } }) {
  usePageTitle('List a service');
  const categories = useQuery(bookingQueries.categories());
  const navigate = useNavigate();
  const own = viewerTimeZone();
  const [form, setForm] = useState({
    title: '',
    description: '',
    categoryId: '',
    price: '',
    durationMinutes: '60',
    capacity: '1',
    mode: 'IN_PERSON',
    meetingUrl: '',
    location: '',
    timeZone: ZONES.includes(own) ? own : 'Europe/Berlin',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const create = useMutation({
    mutationFn: (priceMinor: number) =>
      request(CreateServiceListingMutation, {
        input: {
          vendorId: vendor.id,
          title: form.title.trim(),
          description: form.description.trim(),
          categoryId: form.categoryId || categories.data?.[0]?.id || '',
          priceMinor,
          durationMinutes: Number(form.durationMinutes),
          capacity: Number(form.capacity),
          mode: form.mode as 'ONLINE' | 'IN_PERSON',
          meetingUrl: form.mode === 'ONLINE' ? form.meetingUrl.trim() : null,
          location: form.mode === 'IN_PERSON' ? form.location.trim() : null,
          timeZone: form.timeZone,
        },
      }),
    onSuccess: () => {
      toast.success('Service listed', { description: 'A brand manager reviews it before riders can book it. Add its times meanwhile.' });
      void navigate('/vendor/bookings');
    },
    onError: (error) => {
      if (error instanceof ApiError && error.field) setErrors({ [error.field.replace(/^input\./, '')]: error.message });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (form.title.trim().length < 3) found.title = 'Give the service a name';
    const priceMinor = parseMoney(form.price, 'EUR');
    if (!priceMinor || priceMinor <= 0) found.priceMinor = 'Give a price, e.g. 89.00';
    if (!/^\d+$/.test(form.durationMinutes) || Number(form.durationMinutes) < 5) found.durationMinutes = 'At least 5 minutes';
    if (!/^\d+$/.test(form.capacity) || Number(form.capacity) < 1) found.capacity = 'At least 1 seat';
    if (form.mode === 'ONLINE' && !form.meetingUrl.startsWith('https://')) found.meetingUrl = 'The meeting link, starting with https://';
    if (form.mode === 'IN_PERSON' && !form.location.trim()) found.location = 'Where riders come to';
    setErrors(found);
    if (Object.keys(found).length === 0 && priceMinor) create.mutate(priceMinor);
  };
  return (
    <section aria-labelledby="new-service-title" className="new-service">
      <div className="new-service-head">
        <Breadcrumbs items={[{ label: 'Bookings', to: '/vendor/bookings' }, { label: 'List a service' }]} />
        <h1 id="new-service-title">List a service</h1>
        <p className="bookings-sub">For {vendor.name}. Riders can book it once a brand manager has approved it; add its times on the Bookings page.</p>
      </div>
      <form onSubmit={submit} noValidate className="new-service-form">
        <TextField label="Title" required value={form.title} onChange={set('title')} error={errors.title} />
        <TextAreaField label="Description" value={form.description} onChange={set('description')} error={errors.description} />
        <SelectField label="Category" value={form.categoryId} onChange={set('categoryId')} error={errors.categoryId}>
          {categories.data?.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </SelectField>
        <div className="new-service-row">
          <TextField label="Price per seat (EUR)" inputMode="decimal" required value={form.price} onChange={set('price')} error={errors.priceMinor} />
          <TextField label="Duration (minutes)" inputMode="numeric" required value={form.durationMinutes} onChange={set('durationMinutes')} error={errors.durationMinutes} />
          <TextField label="Seats per time" inputMode="numeric" required value={form.capacity} onChange={set('capacity')} error={errors.capacity} />
        </div>
        <SelectField label="Where it happens" value={form.mode} onChange={set('mode')}>
          <option value="IN_PERSON">In person</option>
          <option value="ONLINE">Online</option>
        </SelectField>
        {form.mode === 'ONLINE' ? (
          <TextField label="Meeting link" hint="Shown to riders only once they paid." type="url" value={form.meetingUrl} onChange={set('meetingUrl')} error={errors.meetingUrl} />
        ) : (
          <TextField label="Location" hint="The address riders come to." value={form.location} onChange={set('location')} error={errors.location} />
        )}
        <SelectField label="Time zone" hint="Riders see your times in it (and in their own when it differs)." value={form.timeZone} onChange={set('timeZone')} error={errors.timeZone}>
          {ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        {create.error && !(create.error instanceof ApiError && create.error.field) && (
          <p role="alert" className="form-error">
            {create.error.message}
          </p>
        )}
        <div className="new-service-actions">
          <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Listing…">
            List the service
          </Button>
          <Button asChild variant="ghost">
            <Link to="/vendor/bookings">Cancel</Link>
          </Button>
        </div>
      </form>
    </section>
  );
}
