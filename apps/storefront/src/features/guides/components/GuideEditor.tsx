import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormError } from '@/components/form/FormError';
import { SelectField } from '@/components/form/SelectField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { Breadcrumbs, Button, Skeleton } from '@/components/ui';
import type { GuideDifficulty, GuideItemInput } from '@/gql/graphql';
import { contributionPath } from '@/lib/community';
import { ApiError } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import type { UploadedImage } from '@/lib/upload';
import { DIFFICULTY_LABEL } from '../head';
import { useCreateGuide, useGuide, useGuideProductChoices, useUpdateGuide } from '../hooks/use-guides';
import type { GuideData, GuideItemData } from './GuidePage';
import '../guides.css';

const MAX_STEPS = 40;
const MAX_ITEMS = 30;

interface StepDraft {
  key: number;
  title: string;
  body: string;
  photos: UploadedImage[];
}

interface ItemDraft {
  key: number;
  variantId: string;
  label: string;
  quantity: string;
}

interface GuideDraft {
  title: string;
  body: string;
  tags: string;
  difficulty: GuideDifficulty;
  timeMinutes: string;
  photos: UploadedImage[];
  steps: StepDraft[];
  tools: ItemDraft[];
  parts: ItemDraft[];
}

type Problems = Record<string, string>;

let nextKey = 1;
const newStep = (): StepDraft => ({ key: nextKey++, title: '', body: '', photos: [] });
const newItem = (): ItemDraft => ({ key: nextKey++, variantId: '', label: '', quantity: '1' });
const asUpload = (photo: { id: string; image: Omit<UploadedImage, 'id'> }): UploadedImage => ({ ...photo.image, id: photo.id });

function draftOf(guide: GuideData | undefined): GuideDraft {
  const details = guide?.guide;
  const item = (entry: GuideItemData): ItemDraft => ({ key: nextKey++, variantId: entry.variant?.id ?? '', label: entry.variant ? '' : entry.label, quantity: String(entry.quantity) });
  return {
    title: guide?.title ?? '',
    body: guide?.body ?? '',
    tags: guide?.tags.join(', ') ?? '',
    difficulty: details?.difficulty ?? 'EASY',
    timeMinutes: details ? String(details.timeMinutes) : '30',
    photos: guide?.photos.map(asUpload) ?? [],
    steps: details?.steps.map((step) => ({ key: nextKey++, title: step.title, body: step.body, photos: step.photos.map(asUpload) })) ?? [newStep()],
    tools: details?.tools.map(item) ?? [],
    parts: details?.parts.map(item) ?? [],
  };
}

/** Client checks that match the API's, so most mistakes show beside their field before sending. */
function check(draft: GuideDraft, publishing: boolean): Problems {
  const problems: Problems = {};
  if (!draft.title.trim()) problems.title = 'Give the guide a title';
  const minutes = Number(draft.timeMinutes);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) problems.timeMinutes = 'Say how long it takes, in minutes (1 to 1440)';
  if (publishing && draft.steps.length === 0) problems.steps = 'Add at least one step before publishing';
  draft.steps.forEach((step, i) => {
    if (!step.title.trim()) problems[`steps.${i}.title`] = 'Give the step a title';
  });
  for (const list of ['tools', 'parts'] as const) {
    draft[list].forEach((entry, i) => {
      if (!entry.variantId && !entry.label.trim()) problems[`${list}.${i}.label`] = 'Pick it from the shop or name it';
      const quantity = Number(entry.quantity);
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > 20) problems[`${list}.${i}.quantity`] = '1 to 20';
    });
  }
  return problems;
}

function toInput(draft: GuideDraft) {
  const items = (list: ItemDraft[]): GuideItemInput[] =>
    list.map((entry) => ({ variantId: entry.variantId || undefined, label: entry.label.trim() || undefined, quantity: Number(entry.quantity) }));
  return {
    title: draft.title.trim(),
    body: draft.body,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    difficulty: draft.difficulty,
    timeMinutes: Number(draft.timeMinutes),
    photoIds: draft.photos.map((photo) => photo.id),
    steps: draft.steps.map((step) => ({ title: step.title.trim(), body: step.body, photoIds: step.photos.map((photo) => photo.id) })),
    tools: items(draft.tools),
    parts: items(draft.parts),
  };
}

/** `/community/guides/new`: write a guide, save it as a draft or publish it. */
export function NewGuidePage() {
  usePageTitle('Write a guide');
  const create = useCreateGuide();
  const navigate = useNavigate();
  return (
    <GuideForm
      heading="Write a guide"
      initial={draftOf(undefined)}
      isDraft
      save={async (input, publish) => {
        const { createGuide } = await create.mutateAsync({ ...input, publish });
        navigate(contributionPath('GUIDE', createGuide.id));
      }}
    />
  );
}

/** `/community/guides/:id/edit`: the author changes their guide; steps are saved as a whole. */
export function EditGuidePage() {
  const { id = '' } = useParams();
  const { data, isLoading } = useGuide(id);
  const guide = data?.contribution;
  usePageTitle(guide ? `Edit “${guide.title}”` : 'Edit guide');
  const update = useUpdateGuide(id);
  const navigate = useNavigate();
  if (isLoading) {
    return (
      <div className="guide-editor" aria-busy="true">
        <h1>Edit guide</h1>
        <Skeleton height="30rem" />
      </div>
    );
  }
  if (!guide?.guide || !guide.viewerCanEdit) {
    return (
      <section className="ui-empty" aria-labelledby="guide-locked-title">
        <h1 id="guide-locked-title" className="ui-empty-title">
          You cannot edit this guide
        </h1>
        <p className="ui-empty-description">Only its author can change a guide.</p>
        <Button asChild variant="secondary">
          <Link to={guide ? contributionPath('GUIDE', guide.id) : '/community/guides'}>{guide ? 'Back to the guide' : 'See all guides'}</Link>
        </Button>
      </section>
    );
  }
  return (
    <GuideForm
      key={guide.id}
      heading={`Edit “${guide.title}”`}
      initial={draftOf(guide)}
      isDraft={guide.status === 'DRAFT'}
      cancelTo={contributionPath('GUIDE', guide.id)}
      save={async (input, publish) => {
        await update.mutateAsync({ ...input, publish });
        navigate(contributionPath('GUIDE', guide.id));
      }}
    />
  );
}

interface GuideFormProps {
  heading: string;
  initial: GuideDraft;
  isDraft: boolean;
  cancelTo?: string;
  save: (input: ReturnType<typeof toInput>, publish: boolean) => Promise<void>;
}

function GuideForm({ heading, initial, isDraft, cancelTo, save }: GuideFormProps) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [formProblem, setFormProblem] = useState<string>();
  const [pending, setPending] = useState<'draft' | 'publish' | null>(null);
  const set = <K extends keyof GuideDraft>(key: K, value: GuideDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = (publish: boolean) => async (event?: FormEvent) => {
    event?.preventDefault();
    const found = check(draft, publish || !isDraft);
    setProblems(found);
    setFormProblem(Object.keys(found).length ? 'Some fields need a look: see the messages beside them.' : undefined);
    if (Object.keys(found).length) return;
    setPending(publish ? 'publish' : 'draft');
    try {
      await save(toInput(draft), publish);
    } catch (error) {
      const field = error instanceof ApiError ? error.field : undefined;
      const message = error instanceof Error ? error.message : 'That did not work. Try again.';
      if (field) setProblems({ [field]: message });
      setFormProblem(message);
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="guide-editor">
      <Breadcrumbs items={[{ label: 'Community', to: '/community' }, { label: 'Guides', to: '/community/guides' }, { label: heading }]} />
      <h1>{heading}</h1>
      <p className="muted guide-editor-lead">Walk a rider through a repair: what they need, then one step at a time. Markdown works in every text box.</p>
      {/* Submitting (Enter, or the main button) publishes a draft; on a published guide it saves. */}
      <form onSubmit={submit(true)} noValidate>
        <section className="guide-editor-section" aria-labelledby="guide-basics">
          <h2 id="guide-basics">The basics</h2>
          <TextField label="Title" maxLength={140} required value={draft.title} onChange={(e) => set('title', e.target.value)} error={problems.title} />
          <div className="guide-editor-row">
            <SelectField label="Difficulty" value={draft.difficulty} onChange={(e) => set('difficulty', e.target.value as GuideDifficulty)} error={problems.difficulty}>
              {(Object.keys(DIFFICULTY_LABEL) as GuideDifficulty[]).map((level) => (
                <option key={level} value={level}>
                  {DIFFICULTY_LABEL[level]}
                </option>
              ))}
            </SelectField>
            <TextField label="Time (minutes)" inputMode="numeric" value={draft.timeMinutes} onChange={(e) => set('timeMinutes', e.target.value)} error={problems.timeMinutes} />
          </div>
          <TextAreaField label="Introduction" hint="What it fixes and when to do it." rows={4} maxLength={20000} value={draft.body} onChange={(e) => set('body', e.target.value)} error={problems.body} />
          <TextField label="Tags" hint="Separated by commas, e.g. brakes, tyres." value={draft.tags} onChange={(e) => set('tags', e.target.value)} error={problems.tags} />
          <PhotoPicker label="Cover photo" max={1} value={draft.photos} onChange={(photos) => set('photos', photos)} error={problems.photoIds} />
        </section>

        <ItemsEditor title="Tools" list="tools" items={draft.tools} onChange={(items) => set('tools', items)} problems={problems} />
        <ItemsEditor title="Parts" list="parts" items={draft.parts} onChange={(items) => set('parts', items)} problems={problems} />
        <StepsEditor steps={draft.steps} onChange={(steps) => set('steps', steps)} problems={problems} />

        <FormError message={formProblem} />
        <div className="guide-editor-actions">
          {isDraft ? (
            <>
              <Button type="button" variant="secondary" pending={pending === 'draft'} pendingLabel="Saving…" disabled={pending !== null} onClick={() => void submit(false)()}>
                Save draft
              </Button>
              <Button type="submit" pending={pending === 'publish'} pendingLabel="Publishing…" disabled={pending !== null}>
                Publish guide
              </Button>
            </>
          ) : (
            <Button type="submit" pending={pending !== null} pendingLabel="Saving…">
              Save changes
            </Button>
          )}
          {cancelTo && (
            <Button asChild variant="ghost">
              <Link to={cancelTo}>Cancel</Link>
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}

function StepsEditor({ steps, onChange, problems }: { steps: StepDraft[]; onChange: (steps: StepDraft[]) => void; problems: Problems }) {
  const change = (index: number, patch: Partial<StepDraft>) => onChange(steps.map((step, i) => (i === index ? { ...step, ...patch } : step)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...steps];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
  };
  return (
    <section className="guide-editor-section" aria-labelledby="guide-steps-editor">
      <h2 id="guide-steps-editor">Steps</h2>
      {problems.steps && (
        <p className="field-error" role="alert">
          {problems.steps}
        </p>
      )}
      <ol className="guide-editor-steps">
        {steps.map((step, index) => (
          <li key={step.key} className="guide-editor-step">
            <fieldset>
              <legend>Step {index + 1}</legend>
              <TextField label="What to do" maxLength={120} value={step.title} onChange={(e) => change(index, { title: e.target.value })} error={problems[`steps.${index}.title`]} />
              <TextAreaField label="How" rows={4} maxLength={5000} value={step.body} onChange={(e) => change(index, { body: e.target.value })} error={problems[`steps.${index}.body`]} />
              <PhotoPicker label={`Photos for step ${index + 1}`} max={6} value={step.photos} onChange={(photos) => change(index, { photos })} error={problems[`steps.${index}.photoIds`]} />
              <div className="guide-editor-step-actions">
                <Button size="sm" variant="ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move step ${index + 1} up`}>
                  ↑ Up
                </Button>
                <Button size="sm" variant="ghost" disabled={index === steps.length - 1} onClick={() => move(index, 1)} aria-label={`Move step ${index + 1} down`}>
                  ↓ Down
                </Button>
                <Button size="sm" variant="ghost" onClick={() => onChange(steps.filter((_, i) => i !== index))} aria-label={`Remove step ${index + 1}`}>
                  Remove
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {steps.length < MAX_STEPS && (
        <Button variant="secondary" onClick={() => onChange([...steps, newStep()])}>
          Add a step
        </Button>
      )}
    </section>
  );
}

function ItemsEditor({ title, list, items, onChange, problems }: { title: string; list: 'tools' | 'parts'; items: ItemDraft[]; onChange: (items: ItemDraft[]) => void; problems: Problems }) {
  const { data } = useGuideProductChoices();
  const groups = useMemo(() => {
    const byCategory = new Map<string, { id: string; label: string }[]>();
    for (const product of data?.products.nodes ?? []) {
      const options = byCategory.get(product.category.name) ?? [];
      for (const variant of product.variants) options.push({ id: variant.id, label: product.variants.length > 1 ? `${product.name} (${variant.name})` : product.name });
      byCategory.set(product.category.name, options);
    }
    return [...byCategory];
  }, [data]);
  const change = (index: number, patch: Partial<ItemDraft>) => onChange(items.map((entry, i) => (i === index ? { ...entry, ...patch } : entry)));
  const noun = list === 'tools' ? 'tool' : 'part';
  return (
    <section className="guide-editor-section" aria-labelledby={`guide-${list}-editor`}>
      <h2 id={`guide-${list}-editor`}>{title}</h2>
      <p className="muted">Pick from the shop so readers can add them all to their cart, or name something the shop does not sell.</p>
      {items.length > 0 && (
        <ul className="guide-editor-items">
          {items.map((entry, index) => (
            <li key={entry.key} className="guide-editor-item">
              <SelectField label={`From the shop (${noun} ${index + 1})`} value={entry.variantId} onChange={(e) => change(index, { variantId: e.target.value })} error={problems[`${list}.${index}.variantId`]}>
                <option value="">Not from the shop</option>
                {groups.map(([category, options]) => (
                  <optgroup key={category} label={category}>
                    {options.map((option) => (
                      <option key={option.id} value={option.id}>
                        {option.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </SelectField>
              <TextField
                label={entry.variantId ? 'Label (optional)' : 'Name'}
                maxLength={120}
                value={entry.label}
                onChange={(e) => change(index, { label: e.target.value })}
                error={problems[`${list}.${index}.label`]}
              />
              <TextField label="Qty" inputMode="numeric" value={entry.quantity} onChange={(e) => change(index, { quantity: e.target.value })} error={problems[`${list}.${index}.quantity`]} />
              <Button size="sm" variant="ghost" className="guide-editor-item-remove" onClick={() => onChange(items.filter((_, i) => i !== index))} aria-label={`Remove ${noun} ${index + 1}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {items.length < MAX_ITEMS && (
        <Button variant="secondary" onClick={() => onChange([...items, newItem()])}>
          Add a {noun}
        </Button>
      )}
    </section>
  );
}
