import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { Breadcrumbs, Button, buttonClassName } from '@/components/ui';
import { contributionPath } from '@/lib/community';
import { ApiError } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import type { UploadedImage } from '@/lib/upload';
import { useRoute, useUpdateRoute } from '../hooks/use-routes';
import '../routes.css';

type Loaded = NonNullable<NonNullable<ReturnType<typeof useRoute>['data']>['contribution']>;

/** The author changes a route's title, story, tags and photos (the track stays as uploaded), or publishes a draft. */
export function EditRoutePage() {
  const { id = '' } = useParams();
  const query = useRoute(id);
  const contribution = query.data?.contribution;
  usePageTitle(contribution ? `Edit ${contribution.title}` : query.isLoading ? null : 'Route not found');
  if (query.isLoading) return <p aria-live="polite">Loading the route…</p>;
  if (!contribution?.viewerCanEdit) {
    return (
      <section className="route-editor" aria-labelledby="route-not-editable">
        <h1 id="route-not-editable">You cannot edit this route</h1>
        <p className="muted">Only its author can change a route.</p>
        <Link className={buttonClassName({ variant: 'secondary' })} to={contribution ? contributionPath('ROUTE', contribution.id) : '/community/routes'}>
          {contribution ? 'Back to the route' : 'See all routes'}
        </Link>
      </section>
    );
  }
  return <RouteFields key={contribution.id} contribution={contribution} />;
}

function RouteFields({ contribution }: { contribution: Loaded }) {
  const navigate = useNavigate();
  const update = useUpdateRoute();
  const [title, setTitle] = useState(contribution.title);
  const [body, setBody] = useState(contribution.body);
  const [tags, setTags] = useState(contribution.tags.join(', '));
  const [photos, setPhotos] = useState<UploadedImage[]>(contribution.photos.map((photo) => ({ id: photo.id, ...photo.image, srcset: photo.image.srcset ?? '' })));
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);

  const save = (publish: boolean) => async (event?: FormEvent) => {
    event?.preventDefault();
    setProblem(null);
    try {
      await update.mutateAsync({ id: contribution.id, title: title.trim(), body, tags: tags.split(/[,\s]+/).filter(Boolean), photoIds: photos.map((photo) => photo.id), publish });
      navigate(contributionPath('ROUTE', contribution.id));
    } catch (error) {
      setProblem(error instanceof ApiError ? { field: error.field ?? undefined, message: error.message } : { message: 'Saving did not work. Try again.' });
    }
  };
  const errorOf = (field: string) => (problem?.field === field ? problem.message : undefined);

  return (
    <div className="route-editor">
      <Breadcrumbs items={[{ label: 'Routes', to: '/community/routes' }, { label: contribution.title, to: contributionPath('ROUTE', contribution.id) }, { label: 'Edit' }]} />
      <h1>Edit route</h1>
      <form onSubmit={save(false)} noValidate>
        <section className="route-editor-step" aria-label="About the route">
          <TextField label="Title" required maxLength={140} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={errorOf('title')} />
          <TextAreaField label="Story" rows={8} hint="Markdown: **bold**, lists, links." value={body} onChange={(event) => setBody(event.currentTarget.value)} error={errorOf('body')} />
          <TextField label="Tags" hint="Separated by commas" value={tags} onChange={(event) => setTags(event.currentTarget.value)} error={errorOf('tags')} />
          <PhotoPicker value={photos} onChange={setPhotos} max={10} error={errorOf('photoIds')} />
        </section>
        <FormError message={problem && !['title', 'body', 'tags', 'photoIds'].includes(problem.field ?? '') ? problem.message : undefined} />
        <div className="route-editor-actions">
          <Button type="submit" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save changes'}
          </Button>
          {contribution.status === 'DRAFT' && (
            <Button type="button" variant="secondary" disabled={update.isPending} onClick={() => save(true)()}>
              Publish
            </Button>
          )}
        </div>
      </form>
    </div>
  );
}
