import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useLocation } from 'react-router';
import { z } from 'zod';
import { FormError } from '@/components/form/FormError';
import { TextAreaField } from '@/components/form/TextAreaField';
import { MarkdownBody } from '@/components/markdown/MarkdownBody';
import { MemberAvatar } from '@/components/member/MemberAvatar';
import { Button, ConfirmDialog, EmptyState, toast } from '@/components/ui';
import type { ContributionActivityQuery } from '@/gql/graphql';
import { fieldError, formError, submitTo } from '@/lib/forms';
import { request } from '@/lib/graphql-client';
import { STOREFRONT_LOCALE } from '@/lib/locale';
import { useViewer } from '@/lib/session/session';
import { DeleteCommentMutation, EditCommentMutation, PostCommentMutation } from '../graphql/interactions';
import { interactionQueries } from '../queries';

type TopLevelComment = ContributionActivityQuery['contribution']['comments']['nodes'][number];
type AnyComment = Omit<TopLevelComment, 'replies'>;

export const COMMENT_MAX_LENGTH = 5000;
const commentSchema = z.object({ body: z.string().trim().min(1, 'Write something first').max(COMMENT_MAX_LENGTH, `Keep it to ${COMMENT_MAX_LENGTH} characters`) });
type CommentValues = z.input<typeof commentSchema>;

// In the storefront's language and UTC, so the server's rendering and the browser's agree (decision 0023).
const when = (iso: string) => new Date(iso).toLocaleDateString(STOREFRONT_LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The comment threads of a contribution: top-level comments with their replies, and the forms to add to them. */
export function CommentThread({
  contributionId,
  comments,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  contributionId: string;
  comments: TopLevelComment[];
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}) {
  const { viewer } = useViewer();
  const location = useLocation();
  return (
    <div className="comment-thread">
      {viewer ? (
        <CommentForm contributionId={contributionId} label="Add a comment" submitLabel="Post comment" />
      ) : (
        <p className="comment-sign-in">
          <Link to={`/log-in?next=${encodeURIComponent(location.pathname)}`}>Log in</Link> to join the conversation.
        </p>
      )}
      {comments.length === 0 ? (
        <EmptyState headingLevel={3} title="No comments yet" description="Ask a question or say what you like about it: the author will see it." />
      ) : (
        <ol className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} className="comment-item">
              <CommentView contributionId={contributionId} comment={comment} />
              {comment.replies.length > 0 && (
                <ol className="comment-replies" aria-label={`Replies to ${comment.author.displayName}`}>
                  {comment.replies.map((reply) => (
                    <li key={reply.id} className="comment-item">
                      <CommentView contributionId={contributionId} comment={reply} threadId={comment.id} />
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      )}
      {hasMore && (
        <Button variant="secondary" pending={loadingMore} pendingLabel="Loading…" onClick={onLoadMore}>
          Show more comments
        </Button>
      )}
    </div>
  );
}

/** One comment: who and when, the text, and reply / edit / delete for those who may. */
function CommentView({ contributionId, comment, threadId }: { contributionId: string; comment: AnyComment; threadId?: string }) {
  const { viewer } = useViewer();
  const client = useQueryClient();
  const [mode, setMode] = useState<'view' | 'reply' | 'edit'>('view');
  const remove = useMutation({
    mutationFn: () => request(DeleteCommentMutation, { id: comment.id }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: interactionQueries.activity(contributionId).queryKey });
      toast.success('Comment deleted');
    },
  });

  if (comment.status === 'REMOVED') {
    return (
      <article className="comment comment-removed" aria-label="A deleted comment">
        <p className="muted">This comment was deleted.</p>
      </article>
    );
  }
  return (
    <article className="comment" aria-label={`Comment by ${comment.author.displayName}`}>
      <header className="comment-header">
        <MemberAvatar name={comment.author.displayName} url={comment.author.avatarUrl} size="small" />
        <Link to={`/members/${comment.author.id}`} className="comment-author">
          {comment.author.displayName}
        </Link>
        <span className="muted comment-date">
          <time dateTime={comment.createdAt}>{when(comment.createdAt)}</time>
          {comment.editedAt && ' · edited'}
        </span>
      </header>
      {mode === 'edit' ? (
        <CommentForm contributionId={contributionId} edit={comment} label="Edit your comment" submitLabel="Save" onDone={() => setMode('view')} />
      ) : (
        <MarkdownBody html={comment.bodyHtml} className="comment-body" />
      )}
      {mode === 'view' && viewer && (
        <div className="comment-actions">
          <Button variant="ghost" size="sm" onClick={() => setMode('reply')}>
            Reply<span className="visually-hidden"> to {comment.author.displayName}</span>
          </Button>
          {comment.viewerCanEdit && (
            <>
              <Button variant="ghost" size="sm" onClick={() => setMode('edit')}>
                Edit<span className="visually-hidden"> your comment</span>
              </Button>
              <ConfirmDialog
                trigger={
                  <Button variant="ghost" size="sm">
                    Delete<span className="visually-hidden"> your comment</span>
                  </Button>
                }
                title="Delete this comment?"
                description="It disappears for everyone. Replies to it stay."
                confirmLabel="Delete"
                pendingLabel="Deleting…"
                tone="danger"
                onConfirm={() => remove.mutateAsync()}
              />
            </>
          )}
        </div>
      )}
      {mode === 'reply' && (
        <CommentForm
          contributionId={contributionId}
          parentId={threadId ?? comment.id}
          label={`Reply to ${comment.author.displayName}`}
          submitLabel="Post reply"
          onDone={() => setMode('view')}
        />
      )}
    </article>
  );
}

/** Posts a comment or a reply, or edits one; Markdown, shown as the API renders it. */
function CommentForm({
  contributionId,
  parentId,
  edit,
  label,
  submitLabel,
  onDone,
}: {
  contributionId: string;
  parentId?: string;
  edit?: AnyComment;
  label: string;
  submitLabel: string;
  onDone?: () => void;
}) {
  const client = useQueryClient();
  const form = useForm<CommentValues, unknown, z.output<typeof commentSchema>>({ resolver: zodResolver(commentSchema), defaultValues: { body: edit?.body ?? '' } });
  const send = useMutation({
    mutationFn: async ({ body }: z.output<typeof commentSchema>): Promise<void> => {
      if (edit) await request(EditCommentMutation, { input: { id: edit.id, body } });
      else await request(PostCommentMutation, { input: { contributionId, parentId, body } });
    },
  });
  const submit = submitTo(form, async (values) => {
    await send.mutateAsync(values);
    await client.invalidateQueries({ queryKey: interactionQueries.activity(contributionId).queryKey });
    form.reset({ body: '' });
    toast.success(edit ? 'Comment saved' : parentId ? 'Reply posted' : 'Comment posted');
    onDone?.();
  });
  return (
    <form className="comment-form" onSubmit={submit} noValidate aria-label={label}>
      <TextAreaField label={label} hint="Markdown works: **bold**, _italic_, [links](https://…), lists." rows={parentId || edit ? 3 : 4} {...form.register('body')} error={fieldError(form, 'body')} />
      <FormError message={formError(form)} />
      <div className="comment-form-actions">
        <Button type="submit" size="sm" pending={form.formState.isSubmitting} pendingLabel="Posting…">
          {submitLabel}
        </Button>
        {onDone && (
          <Button variant="ghost" size="sm" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
