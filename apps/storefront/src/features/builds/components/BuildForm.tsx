import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormError } from '@/components/form/FormError';
import { SelectField } from '@/components/form/SelectField';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { Breadcrumbs, Button } from '@/components/ui';
import type { BuildPageQuery } from '@/gql/graphql';
import { contributionPath } from '@/lib/community';
import { ApiError, request } from '@/lib/graphql-client';
import { formatMoney } from '@/lib/money';
import { usePageTitle } from '@/lib/page-title';
import type { UploadedImage } from '@/lib/upload';
import { CreateBuildMutation, UpdateBuildMutation } from '../graphql/builds';
import { buildQueries } from '../queries';
import '../builds.css';

interface PartLine {
  key: number;
  variantId: string;
  label: string;
  quantity: number;
  note: string;
}

let nextKey = 1;
const emptyLine = (): PartLine => ({ key: nextKey++, variantId: '', label: '', quantity: 1, note: '' });

/** Share a build (`/community/builds/new`) or change one's own (`/community/builds/:id/edit`). */
export function BuildFormPage() {
  const { id } = useParams();
  const existing = useQuery({ ...buildQueries.page(id ?? ''), enabled: !!id });
  usePageTitle(id ? 'Edit build' : 'Share a build');
  if (id && existing.isLoading) return <p aria-live="polite">Loading the build…</p>;
  const contribution = existing.data?.contribution;
  if (id && (!contribution?.build || !contribution.viewerCanEdit)) {
    return (
      <section>
        <h1>This build cannot be edited</h1>
        <p>{existing.error?.message ?? 'Only its author can change it.'}</p>
      </section>
    );
  }
  return <BuildForm key={id ?? 'new'} initial={contribution ?? undefined} />;
}

type Existing = BuildPageQuery['contribution'];

function BuildForm({ initial }: { initial?: Existing }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const shop = useQuery(buildQueries.shopParts());
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [photos, setPhotos] = useState<UploadedImage[]>(
    initial?.photos.map((p) => ({ id: p.id, url: p.image.url, srcset: p.image.srcset, alt: p.image.alt, width: p.image.width, height: p.image.height })) ?? [],
  );
  const [parts, setParts] = useState<PartLine[]>(
    initial?.build?.parts.map((p) => ({ key: nextKey++, variantId: p.variant?.id ?? '', label: p.label, quantity: p.quantity, note: p.note ?? '' })) ?? [emptyLine()],
  );
  const [error, setError] = useState<ApiError | Error | null>(null);

  const save = useMutation({
    mutationFn: async (publish: boolean) => {
      const fields = {
        title: title.trim(),
        body,
        tags: tags.split(',').map((t) => t.trim()).filter(Boolean),
        photoIds: photos.map((p) => p.id),
        parts: parts
          .filter((p) => p.variantId || p.label.trim())
          .map((p) => ({ variantId: p.variantId || null, label: p.label.trim() || undefined, quantity: p.quantity, note: p.note.trim() || undefined })),
        publish,
      };
      if (initial) return (await request(UpdateBuildMutation, { input: { id: initial.id, ...fields } })).updateBuild;
      return (await request(CreateBuildMutation, { input: fields })).createBuild;
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: buildQueries.all });
      navigate(contributionPath('BUILD', saved.id));
    },
    onError: (e) => setError(e),
  });

  const fieldError = (field: string) => (error instanceof ApiError && error.field === field ? error.message : undefined);
  const generalError = error && !(error instanceof ApiError && error.field && /^(title|body|tags|photoIds|parts\.)/.test(error.field)) ? error.message : undefined;
  const published = initial?.status === 'PUBLISHED';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    save.mutate(true);
  };
  const change = (key: number, patch: Partial<PartLine>) => setParts((lines) => lines.map((line) => (line.key === key ? { ...line, ...patch } : line)));

  return (
    <section aria-labelledby="build-form-title">
      <Breadcrumbs items={[{ label: 'Community', to: '/community' }, { label: 'Builds', to: '/community/builds' }, { label: initial ? 'Edit' : 'Share a build' }]} />
      <h1 id="build-form-title">{initial ? `Edit “${initial.title}”` : 'Share your build'}</h1>
      <p className="muted">Show the community what you built. Others can support it: a build that gathers enough support in time goes to the brand, who may make it a product.</p>
      <form className="build-form" onSubmit={submit} noValidate>
        <TextField label="Title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={140} required error={fieldError('title')} />
        <TextAreaField label="Story" name="body" hint="Markdown: **bold**, lists with -, links as [text](https://…)." value={body} onChange={(e) => setBody(e.target.value)} error={fieldError('body')} />
        <TextField label="Tags" name="tags" hint="Separated by commas, e.g. gravel, bikepacking." value={tags} onChange={(e) => setTags(e.target.value)} error={fieldError('tags')} />
        <PhotoPicker value={photos} onChange={setPhotos} error={fieldError('photoIds')} />
        <fieldset>
          <legend>Parts list</legend>
          {parts.map((line, i) => (
            <div className="build-part-row" key={line.key}>
              <SelectField label={`Part ${i + 1} from the shop`} value={line.variantId} onChange={(e) => change(line.key, { variantId: e.target.value })} error={fieldError(`parts.${i}.variantId`)}>
                <option value="">Not from the shop</option>
                {shop.data?.products.nodes.map((product) => (
                  <optgroup key={product.id} label={product.name}>
                    {product.variants.map((variant) => (
                      <option key={variant.id} value={variant.id}>
                        {product.name} – {variant.name} ({formatMoney(variant.price)})
                      </option>
                    ))}
                  </optgroup>
                ))}
              </SelectField>
              <TextField label="Name or note" value={line.label} placeholder={line.variantId ? 'Optional' : 'e.g. Handmade frame bag'} onChange={(e) => change(line.key, { label: e.target.value })} maxLength={120} error={fieldError(`parts.${i}.label`)} />
              <TextField label="Qty" type="number" min={1} max={99} value={line.quantity} onChange={(e) => change(line.key, { quantity: Math.max(1, Math.min(99, Number(e.target.value) || 1)) })} />
              <Button variant="ghost" size="sm" onClick={() => setParts((lines) => lines.filter((l) => l.key !== line.key))} aria-label={`Remove part ${i + 1}`}>
                Remove
              </Button>
            </div>
          ))}
          <div>
            <Button variant="secondary" size="sm" onClick={() => setParts((lines) => [...lines, emptyLine()])}>
              Add a part
            </Button>
          </div>
        </fieldset>
        <FormError message={generalError} />
        <div className="build-form-actions">
          <Button type="submit" pending={save.isPending && save.variables === true} pendingLabel="Saving…">
            {published ? 'Save changes' : 'Publish build'}
          </Button>
          {!published && (
            <Button variant="secondary" onClick={() => (setError(null), save.mutate(false))} pending={save.isPending && save.variables === false} pendingLabel="Saving…">
              Save as draft
            </Button>
          )}
          <Button asChild variant="ghost">
            <Link to={initial ? contributionPath('BUILD', initial.id) : '/community/builds'}>Cancel</Link>
          </Button>
        </div>
      </form>
    </section>
  );
}
