import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { Breadcrumbs, Button } from '@/components/ui';
import { contributionPath } from '@/lib/community';
import { ApiError } from '@/lib/graphql-client';
import { usePageTitle } from '@/lib/page-title';
import type { UploadedImage } from '@/lib/upload';
import { useCreateRoute, useRouteUpload } from '../hooks/use-routes';
import { formatDistance } from '../track-geometry';
import { MAX_GPX_BYTES, uploadGpx } from '../upload-gpx';
import '../routes.css';

/**
 * Sharing a route: the GPX file is uploaded first (a large one is read in the background while the
 * progress bar fills), then the rider names it, tells its story, adds photos and publishes.
 */
export function NewRoutePage() {
  usePageTitle('Share a route');
  const navigate = useNavigate();
  const [importId, setImportId] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const upload = useRouteUpload(importId).data?.routeImport;
  const create = useCreateRoute();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [photos, setPhotos] = useState<UploadedImage[]>([]);
  const [problem, setProblem] = useState<{ field?: string; message: string } | null>(null);

  const chooseFile = async (file: File | undefined) => {
    setFileProblem(null);
    setImportId(null);
    if (!file) return;
    if (file.size > MAX_GPX_BYTES) return setFileProblem('GPX files can be up to 25 MB');
    setSending(true);
    try {
      const answer = await uploadGpx(file);
      setImportId(answer.id);
      if (!title && answer.name) setTitle(answer.name);
    } catch (error) {
      setFileProblem(error instanceof Error ? error.message : 'The upload did not work. Try again.');
    } finally {
      setSending(false);
    }
  };

  const submit = (publish: boolean) => async (event?: FormEvent) => {
    event?.preventDefault();
    setProblem(null);
    if (!importId || upload?.status !== 'DONE') return setProblem({ field: 'file', message: 'Upload a GPX file first' });
    if (!title.trim()) return setProblem({ field: 'title', message: 'Give the route a title' });
    try {
      const { createRoute } = await create.mutateAsync({
        importId,
        title: title.trim(),
        body,
        tags: tags.split(/[,\s]+/).filter(Boolean),
        photoIds: photos.map((photo) => photo.id),
        publish,
      });
      navigate(contributionPath('ROUTE', createRoute.id));
    } catch (error) {
      setProblem(error instanceof ApiError ? { field: error.field ?? undefined, message: error.message } : { message: 'Saving did not work. Try again.' });
    }
  };

  const progress = upload?.status === 'DONE' ? 100 : (upload?.progress ?? 0);
  return (
    <div className="route-editor">
      <Breadcrumbs items={[{ label: 'Community', to: '/community' }, { label: 'Routes', to: '/community/routes' }, { label: 'Share a route' }]} />
      <h1>Share a route</h1>
      <p className="muted">Upload a GPX file from your bike computer, phone or planner. Your privacy zones and a stretch at the start and end stay hidden from everyone else.</p>
      <form onSubmit={submit(true)} noValidate>
        <section className="route-editor-step" aria-labelledby="gpx-step">
          <h2 id="gpx-step">1. Your GPX file</h2>
          <TextField label="GPX file" type="file" accept=".gpx,application/gpx+xml,application/xml,text/xml" onChange={(event) => chooseFile(event.currentTarget.files?.[0])} error={fileProblem ?? (problem?.field === 'file' || problem?.field === 'importId' ? problem.message : undefined)} />
          {(sending || upload) && (
            <div className="route-upload-status" aria-live="polite">
              <progress max={100} value={sending ? undefined : progress} aria-label="Reading the file" />
              <p>
                {sending && 'Uploading…'}
                {!sending && upload?.status === 'QUEUED' && 'Waiting to be read…'}
                {!sending && upload?.status === 'PARSING' && `Reading the file… ${upload.progress}%`}
                {!sending && upload?.status === 'DONE' && (
                  <strong>
                    Read: {formatDistance(upload.distanceM ?? 0)}
                    {upload.elevationGainM !== null && upload.elevationGainM !== undefined && `, ${Math.round(upload.elevationGainM)} m climbing`}, {upload.pointCount?.toLocaleString('en-GB')} points.
                  </strong>
                )}
                {!sending && upload?.status === 'FAILED' && <span role="alert">{upload.error ?? 'This file could not be read as GPX.'}</span>}
              </p>
            </div>
          )}
        </section>
        <section className="route-editor-step" aria-labelledby="story-step">
          <h2 id="story-step">2. About the route</h2>
          <TextField label="Title" required maxLength={140} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={problem?.field === 'title' ? problem.message : undefined} />
          <TextAreaField
            label="Story"
            rows={6}
            hint="Markdown: **bold**, lists, links. Surface, climbs, where to stop for coffee."
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            error={problem?.field === 'body' ? problem.message : undefined}
          />
          <TextField label="Tags" hint="Separated by commas: gravel, climbs" value={tags} onChange={(event) => setTags(event.currentTarget.value)} error={problem?.field === 'tags' ? problem.message : undefined} />
          <PhotoPicker value={photos} onChange={setPhotos} max={10} error={problem?.field === 'photoIds' ? problem.message : undefined} />
        </section>
        <FormError message={problem && !['file', 'importId', 'title', 'body', 'tags', 'photoIds'].includes(problem.field ?? '') ? problem.message : undefined} />
        <div className="route-editor-actions">
          <Button type="submit" disabled={create.isPending || upload?.status !== 'DONE'}>
            {create.isPending ? 'Publishing…' : 'Publish route'}
          </Button>
          <Button type="button" variant="secondary" disabled={create.isPending || upload?.status !== 'DONE'} onClick={() => submit(false)()}>
            Save as draft
          </Button>
        </div>
      </form>
    </div>
  );
}
