import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { Badge, Button, buttonClassName } from '@/components/ui';
import type { MyVendorApplicationQuery } from '@/gql/graphql';
import { useBrand } from '@/lib/brand/brand';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { usePageTitle } from '@/lib/page-title';
import { useApplyAsVendor } from '../hooks/use-vendors';
import { vendorQueries } from '../queries';
import '../vendors.css';

// The API checks the same; its refusals show beside the field too.
const applicationSchema = z.object({
  businessName: z.string().trim().min(2, 'Give your business name').max(80, 'Keep it to 80 characters'),
  description: z.string().trim().min(20, 'Tell us a little more: at least 20 characters').max(2000, 'Keep it to 2000 characters'),
  categoryIds: z.array(z.string()).min(1, 'Choose at least one category'),
  website: z
    .string()
    .trim()
    .refine((text) => text === '' || /^https?:\/\/[^\s.]+\.[^\s]+$/i.test(text), 'Enter a full web address, e.g. https://example.com')
    .transform((text) => text || null),
  serviceArea: z.string().trim().min(2, 'Say where you work or deliver').max(120, 'Keep it to 120 characters'),
});

type Application = NonNullable<MyVendorApplicationQuery['myVendorApplication']>;
const day = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** `/sell`: how selling on the platform works, your application's status, and the form. */
export function SellPage() {
  const brand = useBrand().name ?? 'the brand';
  usePageTitle(`Sell on ${brand}`);
  const query = useQuery(vendorQueries.myApplication());
  const [applyingAgain, setApplyingAgain] = useState(false);
  const application = query.data?.myVendorApplication ?? null;
  const showForm = !application || (application.status === 'REJECTED' && applyingAgain);

  return (
    <div className="sell-page">
      <section className="sell-intro" aria-labelledby="sell-title">
        <h1 id="sell-title">Sell on {brand}</h1>
        <p className="sell-lede">Fitters, workshops, guides and makers sell beside {brand}’s own bikes and parts, to riders who trust the brand.</p>
        <ol className="sell-steps">
          <li>
            <strong>Apply</strong> with what you would offer and where you work.
          </li>
          <li>
            <strong>We review</strong> every application by hand: we choose a few partners who fit how our riders ride, and tell you why if not.
          </li>
          <li>
            <strong>Once approved</strong> you get a vendor page, can invite your team and list products and services; each listing is reviewed before it goes live.
          </li>
        </ol>
        <p className="muted">A commission on each sale pays for the platform; it is agreed with you on approval and never shown to buyers.</p>
        <p className="sell-used-note">
          Selling your own used bike or parts? No application needed: <Link to="/account/selling">list it in your account</Link>.
        </p>
      </section>
      <section className="sell-application" aria-labelledby="sell-application-title">
        <h2 id="sell-application-title">{showForm ? 'Your application' : 'Your application’s status'}</h2>
        {query.isLoading ? (
          <p aria-live="polite">Loading your application…</p>
        ) : query.error ? (
          <p role="alert">{query.error.message}</p>
        ) : showForm ? (
          <ApplicationForm categories={query.data?.categories ?? []} onSent={() => setApplyingAgain(false)} />
        ) : (
          <ApplicationStatus application={application!} onApplyAgain={() => setApplyingAgain(true)} />
        )}
      </section>
    </div>
  );
}

function ApplicationStatus({ application, onApplyAgain }: { application: Application; onApplyAgain: () => void }) {
  if (application.status === 'APPROVED') {
    return (
      <div className="sell-status" role="status">
        <p>
          <Badge tone="success">Approved</Badge> {application.businessName} sells on the platform{application.decidedAt ? ` since ${day(application.decidedAt)}` : ''}.
        </p>
        <div className="sell-status-actions">
          <Link className={buttonClassName()} to="/vendor/team">
            Go to your vendor area
          </Link>
          {application.vendor && (
            <Link className={buttonClassName({ variant: 'secondary' })} to={`/vendors/${encodeURIComponent(application.vendor.slug)}`}>
              See your vendor page
            </Link>
          )}
        </div>
      </div>
    );
  }
  if (application.status === 'REJECTED') {
    return (
      <div className="sell-status" role="status">
        <p>
          <Badge tone="danger">Not approved</Badge> We did not take {application.businessName} on{application.decidedAt ? ` (${day(application.decidedAt)})` : ''}.
        </p>
        {application.reason && <blockquote className="sell-reason">{application.reason}</blockquote>}
        <Button variant="secondary" onClick={onApplyAgain}>
          Apply again
        </Button>
      </div>
    );
  }
  return (
    <div className="sell-status" role="status">
      <p>
        <Badge tone="warning">Submitted</Badge> We received {application.businessName}’s application on {day(application.createdAt)}. A brand manager reviews it and you will see the decision here.
      </p>
    </div>
  );
}

function ApplicationForm({ categories, onSent }: { categories: { id: string; name: string }[]; onSent: () => void }) {
  const apply = useApplyAsVendor();
  const form = useForm({
    resolver: zodResolver(applicationSchema),
    defaultValues: { businessName: '', description: '', categoryIds: [] as string[], website: '', serviceArea: '' },
  });
  const submit = submitTo(form, async (input) => {
    await apply.mutateAsync(input);
    onSent();
  });
  const categoriesError = fieldError(form, 'categoryIds');

  return (
    <form className="sell-form" onSubmit={submit} noValidate>
      <TextField label="Business name" autoComplete="organization" maxLength={80} required {...form.register('businessName')} error={fieldError(form, 'businessName')} />
      <TextAreaField
        label="What you would offer"
        hint="Your products or services, and why they suit the brand’s riders (at least 20 characters)."
        rows={5}
        maxLength={2000}
        required
        {...form.register('description')}
        error={fieldError(form, 'description')}
      />
      <fieldset className="sell-categories" aria-describedby={categoriesError ? 'sell-categories-error' : undefined}>
        <legend>Categories you would sell in</legend>
        {categories.map((category) => (
          <label key={category.id} className="sell-category">
            <input type="checkbox" value={category.id} {...form.register('categoryIds')} /> {category.name}
          </label>
        ))}
        {categoriesError && (
          <p className="field-error" id="sell-categories-error">
            {categoriesError}
          </p>
        )}
      </fieldset>
      <TextField label="Website (optional)" type="url" inputMode="url" autoComplete="url" placeholder="https://" {...form.register('website')} error={fieldError(form, 'website')} />
      <TextField label="Where you work or deliver" hint="For example “Berlin and Brandenburg” or “Online, EU-wide”." maxLength={120} required {...form.register('serviceArea')} error={fieldError(form, 'serviceArea')} />
      <FormError message={formError(form)} />
      <Button type="submit" pending={form.formState.isSubmitting} pendingLabel="Sending…">
        Send application
      </Button>
    </form>
  );
}
