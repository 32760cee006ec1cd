import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, type CSSProperties, type ReactNode } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { BrandHero } from '@/components/brand/BrandHero';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { Badge, Button, Skeleton, toast } from '@/components/ui';
import type { BrandQuery } from '@/gql/graphql';
import { brandQueries } from '@/lib/brand/brand';
import { brandThemeStyle, contrastOnPage, contrastRatio, isHexColour, readableTextOn } from '@/lib/brand/theme';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { request } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import { LIMITS, brandFormSchema, type BrandFormValues } from '../brand-form';
import { UpdateBrandMutation } from '../graphql/brand';
import './brand-settings.css';

type Brand = NonNullable<BrandQuery['brand']>;
type BrandForm = UseFormReturn<BrandFormValues, unknown, ReturnType<typeof brandFormSchema.parse>>;

/**
 * The brand manager's Brand page: name, tagline, colours and the home hero, with a live preview of
 * the unsaved values. Colours too light for the page are refused beside the field as they are picked
 * (the API checks the same on save). Saving updates the brand everywhere at once: the shop's colours
 * and the header follow without a reload. `images` is what another feature adds below the form (the
 * logo and hero image uploads).
 */
export function BrandSettingsPage({ images }: { images?: ReactNode }) {
  usePageTitle('Brand');
  const brand = useQuery(brandQueries.current());
  return (
    <section aria-labelledby="brand-title" className="brand-settings">
      <div className="page-header">
        <div>
          <h1 id="brand-title">Brand</h1>
          <p className="muted">How the shop introduces your brand: its name, colours and the home page’s opening.</p>
        </div>
      </div>
      {brand.isLoading && (
        <div aria-live="polite">
          <span className="visually-hidden">Loading the brand settings…</span>
          <Skeleton height="32rem" />
        </div>
      )}
      {brand.error && <p role="alert">{brand.error.message}</p>}
      {brand.data?.brand && <BrandSettingsForm brand={brand.data.brand} />}
      {images && <div className="brand-settings-images">{images}</div>}
    </section>
  );
}

function BrandSettingsForm({ brand }: { brand: Brand }) {
  const client = useQueryClient();
  const form: BrandForm = useForm({ resolver: zodResolver(brandFormSchema), mode: 'onChange', defaultValues: formValuesOf(brand) });
  const save = useMutation({
    mutationFn: (input: ReturnType<typeof brandFormSchema.parse>) => request(UpdateBrandMutation, { input }),
    onSuccess: ({ updateBrand }) => {
      client.setQueryData(brandQueries.current().queryKey, { brand: updateBrand });
      form.reset(formValuesOf(updateBrand));
      toast.success('Brand saved', { description: 'The shop shows the new settings now.' });
    },
  });
  return (
    <div className="brand-settings-layout">
      <form onSubmit={submitTo(form, save.mutateAsync)} noValidate aria-label="Brand settings" className="brand-settings-form">
        <fieldset>
          <legend>Name and tagline</legend>
          <TextField label="Brand name" maxLength={LIMITS.name} autoComplete="organization" {...form.register('name')} error={fieldError(form, 'name')} />
          <TextField label="Tagline" hint="One line under the name, in the footer and on the home page." {...form.register('tagline')} error={fieldError(form, 'tagline')} />
        </fieldset>
        <fieldset>
          <legend>Colours</legend>
          <p className="field-hint brand-colours-hint">Buttons, links and highlights use these. A colour must stand out on the white page (3:1); button text turns white or black, whichever reads better.</p>
          <ColourField form={form} name="primaryColor" label="Primary colour" hint="Buttons, links, the home hero." />
          <ColourField form={form} name="accentColor" label="Accent colour" hint="Focus rings and small highlights." />
        </fieldset>
        <fieldset>
          <legend>Home hero</legend>
          <TextField label="Line above the title" hint="Optional, e.g. “New season”." {...form.register('hero.eyebrow')} error={fieldError(form, 'hero.eyebrow')} />
          <TextField label="Title" hint="Empty: the brand’s name." {...form.register('hero.title')} error={fieldError(form, 'hero.title')} />
          <TextAreaField label="Text" hint="Optional; empty shows the tagline." rows={3} {...form.register('hero.text')} error={fieldError(form, 'hero.text')} />
          <div className="brand-cta-fields">
            <TextField label="Button label" {...form.register('hero.ctaLabel')} error={fieldError(form, 'hero.ctaLabel')} />
            <TextField label="Button link" hint="A shop path like /shop?category=bikes, or an https:// address." inputMode="url" {...form.register('hero.ctaHref')} error={fieldError(form, 'hero.ctaHref')} />
          </div>
        </fieldset>
        <FormError message={formError(form)} />
        <div className="save-row">
          <Button type="submit" pending={form.formState.isSubmitting} pendingLabel="Saving…">
            Save brand
          </Button>
          <Button type="button" variant="ghost" disabled={!form.formState.isDirty || form.formState.isSubmitting} onClick={() => form.reset()}>
            Discard changes
          </Button>
        </div>
      </form>
      <BrandPreview form={form} heroImage={brand.heroImage} />
    </div>
  );
}

/** The form's fields from the brand as the API answers it (the query's extra fields left out). */
function formValuesOf({ name, tagline, primaryColor, accentColor, hero }: Brand): BrandFormValues {
  return { name, tagline, primaryColor, accentColor, hero: { eyebrow: hero.eyebrow, title: hero.title, text: hero.text, ctaLabel: hero.ctaLabel, ctaHref: hero.ctaHref } };
}

/** A colour as a picker and as hex text, one value: either updates the other and the preview. */
function ColourField({ form, name, label, hint }: { form: BrandForm; name: 'primaryColor' | 'accentColor'; label: string; hint: string }) {
  const id = useId();
  const value = useWatch({ control: form.control, name }) ?? '';
  const error = fieldError(form, name);
  const described = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field colour-field">
      <label htmlFor={id}>{label}</label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <div className="colour-field-controls">
        <input
          type="color"
          aria-label={`${label}: picker`}
          value={isHexColour(value.trim()) ? value.trim().toLowerCase() : '#000000'}
          onChange={(event) => form.setValue(name, event.target.value, { shouldDirty: true, shouldValidate: true })}
        />
        <input id={id} spellCheck={false} autoCapitalize="off" maxLength={7} aria-invalid={error ? true : undefined} aria-describedby={described} {...form.register(name)} />
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

const ratio = (value: number) => `${value.toFixed(1)}:1`;

/** The unsaved settings applied to a piece of the shop: the hero, buttons, a link, a badge, with the contrasts measured. */
function BrandPreview({ form, heroImage }: { form: BrandForm; heroImage: Brand['heroImage'] }) {
  const values = useWatch({ control: form.control }) as BrandFormValues;
  const primary = values.primaryColor?.trim().toLowerCase() ?? '';
  const accent = values.accentColor?.trim().toLowerCase() ?? '';
  const style = brandThemeStyle({ primaryColor: primary, accentColor: accent }) as CSSProperties;
  const usable = isHexColour(primary);
  return (
    <aside className="brand-preview" aria-labelledby="brand-preview-title">
      <h2 id="brand-preview-title" className="brand-preview-title">
        Preview
      </h2>
      <div className="brand-preview-canvas" style={style}>
        <BrandHero
          compact
          headingLevel="p"
          eyebrow={values.hero?.eyebrow}
          title={values.hero?.title || values.name || 'Your brand'}
          text={values.hero?.text || values.tagline}
          ctaLabel={values.hero?.ctaLabel || 'Shop now'}
          // The preview's button goes nowhere: it shows the look, not the link.
          ctaHref="#brand-preview-title"
          image={heroImage}
        />
        <div className="brand-preview-sample">
          <div className="cluster">
            <span className="button button-primary" aria-hidden="true">
              Add to cart
            </span>
            <span className="button button-secondary" aria-hidden="true">
              Details
            </span>
            <Badge tone="primary">New</Badge>
          </div>
          <p>
            A <span className="brand-preview-link">link in a sentence</span> and a focus ring: <span className="brand-preview-focus">Focused</span>
          </p>
        </div>
      </div>
      {usable && (
        <dl className="brand-contrast">
          <dt>Button text on primary</dt>
          <dd>
            {readableTextOn(primary) === '#ffffff' ? 'White' : 'Black'}, {ratio(contrastRatio(primary, readableTextOn(primary)))}
          </dd>
          <dt>Primary on the page</dt>
          <dd>{ratio(contrastOnPage(primary))} (needs 3:1)</dd>
          {isHexColour(accent) && (
            <>
              <dt>Accent on the page</dt>
              <dd>{ratio(contrastOnPage(accent))} (needs 3:1)</dd>
            </>
          )}
        </dl>
      )}
    </aside>
  );
}
