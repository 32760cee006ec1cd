import type { ReactNode } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Link, useLocation, useParams } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { MarkdownBody } from '@/components/markdown/MarkdownBody';
import { MemberName } from '@/components/member/MemberName';
import { Badge, Breadcrumbs, Button, ResponsiveImage, toast } from '@/components/ui';
import type { AdvicePostQuery } from '@/gql/graphql';
import { contributionPath, editContributionPath, KIND_LABEL } from '@/lib/community';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { usePageTitle } from '@/lib/page-title';
import { useViewer } from '@/lib/session/session';
import { useAcceptAnswer, useAdvicePost, useAnswer } from '../hooks/use-advice';
import { AdviceDate, ExpertBadge, MARKDOWN_HINT, NotAvailable, answersLabel, useInBrowser } from './shared';
import '../advice.css';

type Post = NonNullable<AdvicePostQuery['contribution']>;
type Answer = Post['answers'][number];
export type AdviceKind = 'QUESTION' | 'PROJECT_UPDATE';

const SECTION: Record<AdviceKind, { label: string; to: string }> = {
  QUESTION: { label: 'Questions', to: '/community/questions' },
  PROJECT_UPDATE: { label: 'Community', to: '/community' },
};

/**
 * A question or a progress post (`kind`, from the route): what the author wrote, what it is about
 * (a product, their build), and its answers: the one that helped first, then experts', then oldest.
 * The asker marks the answer that helped; signed-in members answer while it asks for advice.
 */
export function AdvicePostPage({ kind, activity }: { kind: AdviceKind; activity?: ReactNode }) {
  const { id = '' } = useParams();
  const { data, isLoading, error } = useAdvicePost(id);
  const post = data?.contribution?.kind === kind ? data.contribution : null;
  usePageTitle(isLoading ? null : (post?.title ?? `${KIND_LABEL[kind].one} not found`));
  if (isLoading) return <p aria-live="polite">Loading…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  if (!post) return <NotAvailable title={`This ${KIND_LABEL[kind].one.toLowerCase()} is not available`} description="It may have been removed, or it is still a draft." />;
  return <PostView post={post} kind={kind} activity={post.status === 'PUBLISHED' ? activity : null} />;
}

function PostView({ post, kind, activity }: { post: Post; kind: AdviceKind; activity?: ReactNode }) {
  const answers = post.answers;
  const published = post.status === 'PUBLISHED';
  return (
    <article className="advice-page" aria-labelledby="advice-title">
      <Breadcrumbs items={[{ label: 'Community', to: '/community' }, ...(kind === 'QUESTION' ? [SECTION.QUESTION] : []), { label: post.title }]} />
      <header className="advice-header">
        <p className="advice-kind">
          <Badge tone="primary">{KIND_LABEL[kind].one}</Badge>
          {post.asksAdvice && kind === 'PROJECT_UPDATE' && <Badge tone="warning">Asks for advice</Badge>}
          {post.status === 'DRAFT' && <Badge tone="warning">Draft: only you can see it</Badge>}
          {post.status === 'REMOVED' && <Badge tone="danger">Removed by moderation</Badge>}
        </p>
        <h1 id="advice-title">{post.title}</h1>
        <p className="advice-meta">
          <MemberName member={post.author} />
          <span className="muted">
            <AdviceDate value={post.publishedAt ?? post.createdAt} /> · {answersLabel(answers.length)}
          </span>
        </p>
        {(post.product || post.project) && (
          <p className="advice-about">
            {post.product && (
              <>
                About <Link to={`/products/${post.product.slug}`}>{post.product.name}</Link>
              </>
            )}
            {post.project && (
              <>
                On the build <Link to={contributionPath('BUILD', post.project.id)}>{post.project.title}</Link>
              </>
            )}
          </p>
        )}
        {post.viewerCanEdit && (
          <Button asChild variant="secondary" size="sm">
            <Link to={editContributionPath(kind, post.id)}>Edit</Link>
          </Button>
        )}
      </header>
      <MarkdownBody html={post.bodyHtml} className="advice-body" />
      {post.photos.length > 0 && (
        <ul className="advice-photos" aria-label="Photos">
          {post.photos.map((photo) => (
            <li key={photo.id}>
              <ResponsiveImage image={photo.image} sizes="(min-width: 48rem) 20rem, 50vw" aspectRatio="4 / 3" />
            </li>
          ))}
        </ul>
      )}
      {post.tags.length > 0 && (
        <ul className="advice-tags" aria-label="Tags">
          {post.tags.map((tag) => (
            <li key={tag}>
              <Badge>#{tag}</Badge>
            </li>
          ))}
        </ul>
      )}
      <section className="advice-answers" aria-labelledby="answers-title">
        <h2 id="answers-title">{answers.length ? answersLabel(answers.length) : 'Answers'}</h2>
        {answers.length === 0 && post.asksAdvice && <p className="muted">No answers yet. Know something that helps? Answer first.</p>}
        {!post.asksAdvice && answers.length === 0 && <p className="muted">The author is not asking for advice on this post.</p>}
        {answers.length > 0 && (
          <ol className="advice-answer-list">
            {answers.map((answer) => (
              <AnswerItem key={answer.id} answer={answer} asker={post.viewerCanEdit && published} />
            ))}
          </ol>
        )}
        {published && post.asksAdvice && <AnswerInvitation contributionId={post.id} />}
      </section>
      {activity}
    </article>
  );
}

function AnswerItem({ answer, asker }: { answer: Answer; asker: boolean }) {
  const accept = useAcceptAnswer();
  return (
    <li className={answer.accepted ? 'advice-answer advice-answer-accepted' : 'advice-answer'} aria-label={answer.accepted ? 'The answer that helped' : undefined}>
      <p className="advice-answer-head">
        <MemberName member={answer.author} />
        <ExpertBadge expert={answer.expert} />
        {answer.accepted && <Badge tone="success">✓ Answer that helped</Badge>}
        <span className="muted">
          <AdviceDate value={answer.createdAt} />
        </span>
      </p>
      <MarkdownBody html={answer.bodyHtml} />
      {asker && !answer.accepted && (
        <Button
          variant="secondary"
          size="sm"
          pending={accept.isPending && accept.variables === answer.id}
          pendingLabel="Marking…"
          onClick={() =>
            accept.mutate(answer.id, {
              onSuccess: () => toast.success('Marked as the answer that helped'),
              onError: (error) => toast.error(error.message),
            })
          }
        >
          Mark as the answer that helped
        </Button>
      )}
    </li>
  );
}

function AnswerInvitation({ contributionId }: { contributionId: string }) {
  const { viewer, isLoading } = useViewer();
  const { pathname } = useLocation();
  const inBrowser = useInBrowser();
  if (!inBrowser || isLoading) return <p className="muted advice-form-loading">Loading…</p>;
  if (!viewer) {
    return (
      <p className="advice-note">
        Know the answer? <Link to={`/log-in?next=${encodeURIComponent(pathname)}`}>Log in to answer</Link>.
      </p>
    );
  }
  return <AnswerForm contributionId={contributionId} />;
}

const answerSchema = z.object({ body: z.string().trim().min(1, 'Write your answer').max(10000, 'Keep it to 10000 characters') });

function AnswerForm({ contributionId }: { contributionId: string }) {
  const answer = useAnswer();
  const form = useForm({ resolver: zodResolver(answerSchema), defaultValues: { body: '' } });
  const submit = submitTo(form, async ({ body }) => {
    await answer.mutateAsync({ contributionId, body });
    form.reset();
    toast.success('Your answer is posted');
  });
  return (
    <form className="advice-answer-form" onSubmit={submit} noValidate aria-labelledby="answer-form-title">
      <h3 id="answer-form-title">Your answer</h3>
      <TextAreaField label="Answer" rows={5} hint={MARKDOWN_HINT} {...form.register('body')} error={fieldError(form, 'body')} />
      <FormError message={formError(form)} />
      <Button type="submit" pending={form.formState.isSubmitting} pendingLabel="Posting…">
        Post answer
      </Button>
    </form>
  );
}
