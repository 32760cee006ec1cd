import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { TextField } from '@/components/form/TextField';
import { PhotoPicker } from '@/components/media/PhotoPicker';
import { Breadcrumbs, Button } from '@/components/ui';
import type { AdvicePostQuery } from '@/gql/graphql';
import { contributionPath, KIND_LABEL } from '@/lib/community';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { usePageTitle } from '@/lib/page-title';
import type { UploadedImage } from '@/lib/upload';
import { useAdvicePost, useAskQuestion, usePostProjectUpdate, useProject, useUpdateProjectUpdate, useUpdateQuestion } from '../hooks/use-advice';
import { MARKDOWN_HINT, NotAvailable } from './shared';
import type { AdviceKind } from './AdvicePostPage';
import '../advice.css';

type Post = NonNullable<AdvicePostQuery['contribution']>;

const schema = z.object({
  title: z.string().trim().min(1, 'Give it a title').max(140, 'Keep the title to 140 characters'),
  body: z.string().max(20000, 'Keep it to 20000 characters'),
  tags: z.string().max(400, 'Use fewer tags'),
  asksAdvice: z.boolean(),
});
type Values = z.infer<typeof schema>;

const COPY: Record<AdviceKind, { newTitle: string; titleLabel: string; titlePlaceholder: string; bodyLabel: string; lead: string }> = {
  QUESTION: {
    newTitle: 'Ask the community',
    titleLabel: 'Your question',
    titlePlaceholder: 'Which chainring for steep gravel climbs?',
    bodyLabel: 'Details',
    lead: 'Riders, category experts and the shop’s staff answer. Mark the answer that helped, so the next rider finds it.',
  },
  PROJECT_UPDATE: {
    newTitle: 'Post progress on your project',
    titleLabel: 'Title',
    titlePlaceholder: 'Week 3: wheels built, frame bag next',
    bodyLabel: 'What you did, what is next',
    lead: 'Share where your project stands. Ask for advice and others can answer; mark the answer that helped.',
  },
};

/** Writing a new question or progress post (`?project=<build id>` puts a progress post on that build). */
export function NewAdvicePostPage({ kind }: { kind: AdviceKind }) {
  usePageTitle(COPY[kind].newTitle);
  const [params] = useSearchParams();
  const projectId = kind === 'PROJECT_UPDATE' ? params.get('project') : null;
  const project = useProject(projectId);
  const ownProject = project.data?.contribution?.kind === 'BUILD' && project.data.contribution.viewerCanEdit ? project.data.contribution : null;
  return (
    <FormPage kind={kind} heading={COPY[kind].newTitle}>
      {ownProject && (
        <p className="advice-about">
          On your build <Link to={contributionPath('BUILD', ownProject.id)}>{ownProject.title}</Link>
        </p>
      )}
      <AdvicePostForm kind={kind} projectId={ownProject?.id ?? null} />
    </FormPage>
  );
}

/** Changing one's own question or progress post. */
export function EditAdvicePostPage({ kind }: { kind: AdviceKind }) {
  const { id = '' } = useParams();
  const { data, isLoading, error } = useAdvicePost(id);
  const post = data?.contribution?.kind === kind && data.contribution.viewerCanEdit ? data.contribution : null;
  usePageTitle(isLoading ? null : `Edit ${KIND_LABEL[kind].one.toLowerCase()}`);
  if (isLoading) return <p aria-live="polite">Loading…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  if (!post) return <NotAvailable title="You cannot edit this" description="Only its author can, while moderation has not removed it." />;
  return (
    <FormPage kind={kind} heading={`Edit ${KIND_LABEL[kind].one.toLowerCase()}`}>
      <AdvicePostForm kind={kind} post={post} projectId={null} />
    </FormPage>
  );
}

function FormPage({ kind, heading, children }: { kind: AdviceKind; heading: string; children: ReactNode }) {
  return (
    <section className="advice-form-page" aria-labelledby="advice-form-title">
      <Breadcrumbs items={[{ label: 'Community', to: '/community' }, ...(kind === 'QUESTION' ? [{ label: 'Questions', to: '/community/questions' }] : []), { label: heading }]} />
      <h1 id="advice-form-title">{heading}</h1>
      <p className="advice-lead">{COPY[kind].lead}</p>
      {children}
    </section>
  );
}

function AdvicePostForm({ kind, post, projectId }: { kind: AdviceKind; post?: Post; projectId: string | null }) {
  const navigate = useNavigate();
  const ask = useAskQuestion();
  const updateQuestion = useUpdateQuestion();
  const postUpdate = usePostProjectUpdate();
  const updateUpdate = useUpdateProjectUpdate();
  const [photos, setPhotos] = useState<UploadedImage[]>(() => post?.photos.map((photo) => ({ id: photo.id, ...photo.image, srcset: photo.image.srcset })) ?? []);
  const [publish, setPublish] = useState(true);
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { title: post?.title ?? '', body: post?.body ?? '', tags: post?.tags.join(', ') ?? '', asksAdvice: post?.asksAdvice ?? kind === 'QUESTION' },
  });
  const submit = submitTo(form, async (values) => {
    const fields = {
      title: values.title,
      body: values.body,
      tags: values.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
      photoIds: photos.map((photo) => photo.id),
      publish,
    };
    let saved: { id: string };
    if (kind === 'QUESTION') {
      saved = post ? (await updateQuestion.mutateAsync({ id: post.id, input: fields })).updateQuestion : (await ask.mutateAsync(fields)).askQuestion;
    } else if (post) {
      saved = (await updateUpdate.mutateAsync({ id: post.id, input: { ...fields, asksAdvice: values.asksAdvice } })).updateProjectUpdate;
    } else {
      saved = (await postUpdate.mutateAsync({ ...fields, asksAdvice: values.asksAdvice, projectId })).postProjectUpdate;
    }
    await navigate(contributionPath(kind, saved.id));
  });
  const draft = !post || post.status === 'DRAFT';
  return (
    <form className="advice-post-form" onSubmit={submit} noValidate>
      <TextField label={COPY[kind].titleLabel} maxLength={140} placeholder={COPY[kind].titlePlaceholder} {...form.register('title')} error={fieldError(form, 'title')} />
      <TextAreaField label={COPY[kind].bodyLabel} rows={8} hint={MARKDOWN_HINT} {...form.register('body')} error={fieldError(form, 'body')} />
      <PhotoPicker value={photos} onChange={setPhotos} max={20} />
      <TextField label="Tags (optional)" hint="Separated by commas: gravel, tubeless, winter" {...form.register('tags')} error={fieldError(form, 'tags')} />
      {kind === 'PROJECT_UPDATE' && (
        <label className="checkbox-row advice-checkbox">
          <input type="checkbox" {...form.register('asksAdvice')} />
          Ask the community for advice (others can answer)
        </label>
      )}
      <FormError message={formError(form)} />
      <div className="save-row">
        <Button type="submit" pending={form.formState.isSubmitting && publish} pendingLabel="Saving…" onClick={() => setPublish(true)}>
          {draft ? 'Publish' : 'Save changes'}
        </Button>
        {draft && (
          <Button type="submit" variant="secondary" pending={form.formState.isSubmitting && !publish} pendingLabel="Saving…" onClick={() => setPublish(false)}>
            Save as draft
          </Button>
        )}
      </div>
    </form>
  );
}
