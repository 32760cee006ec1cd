import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { Button, toast } from '@/components/ui';
import type { ReactionKind } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useViewer } from '@/lib/session/session';
import { FollowContributionMutation, ReactMutation, SaveToCollectionMutation, UnfollowContributionMutation, UnreactMutation } from '../graphql/interactions';
import { interactionQueries } from '../queries';
import { REACTIONS } from '../reactions';
import { CommentThread } from './CommentThread';
import '../interactions.css';

export interface ContributionActivityProps {
  contributionId: string;
  /** The counts the page already has (from its own query), shown until the activity loads. */
  initialCounts?: { commentCount: number; reactionCount: number };
}

/**
 * Everything members do with a contribution, for every kind's page: the reaction bar, follow and save,
 * and the comment threads. The route module places it under the contribution.
 */
export function ContributionActivity({ contributionId, initialCounts }: ContributionActivityProps) {
  const activity = useInfiniteQuery(interactionQueries.activity(contributionId));
  const first = activity.data?.pages[0]?.contribution;
  const comments = activity.data?.pages.flatMap((page) => page.contribution.comments.nodes) ?? [];
  const commentCount = first?.commentCount ?? initialCounts?.commentCount ?? 0;

  return (
    <section className="contribution-activity" aria-labelledby={`activity-${contributionId}`}>
      <h2 id={`activity-${contributionId}`} className="visually-hidden">
        Reactions and comments
      </h2>
      <ActionBar contributionId={contributionId} activity={first} />
      <div className="comments-section">
        <h2 className="comments-title">
          Comments <span className="comments-count">{commentCount}</span>
        </h2>
        {activity.isLoading ? (
          <p aria-live="polite" className="muted">
            Loading comments…
          </p>
        ) : activity.error ? (
          <p role="alert">{activity.error.message}</p>
        ) : (
          <CommentThread
            contributionId={contributionId}
            comments={comments}
            hasMore={activity.hasNextPage}
            loadingMore={activity.isFetchingNextPage}
            onLoadMore={() => activity.fetchNextPage()}
          />
        )}
      </div>
    </section>
  );
}

type Activity = {
  viewerReactions: ReactionKind[];
  viewerFollows: boolean;
  viewerSaved: boolean;
  reactions: { kind: ReactionKind; count: number }[];
};

/** Reactions (toggle buttons with counts), follow and save. Visitors are invited to log in. */
function ActionBar({ contributionId, activity }: { contributionId: string; activity: Activity | undefined }) {
  const { viewer } = useViewer();
  const client = useQueryClient();
  const location = useLocation();
  const refresh = () => client.invalidateQueries({ queryKey: interactionQueries.activity(contributionId).queryKey });
  const fail = (error: Error) => toast.error(error.message);

  const toggleReaction = useMutation({
    mutationFn: async ({ kind, on }: { kind: ReactionKind; on: boolean }): Promise<void> => {
      if (on) await request(ReactMutation, { id: contributionId, kind });
      else await request(UnreactMutation, { id: contributionId, kind });
    },
    onSuccess: refresh,
    onError: fail,
  });
  const toggleFollow = useMutation({
    mutationFn: async (on: boolean): Promise<void> => {
      if (on) await request(FollowContributionMutation, { id: contributionId });
      else await request(UnfollowContributionMutation, { id: contributionId });
    },
    onSuccess: async (_data, on) => {
      await refresh();
      toast.success(on ? 'Following: its news shows in your feed' : 'No longer following');
    },
    onError: fail,
  });
  const save = useMutation({
    mutationFn: () => request(SaveToCollectionMutation, { id: contributionId }),
    onSuccess: async ({ saveToCollection }) => {
      await Promise.all([refresh(), client.invalidateQueries({ queryKey: interactionQueries.myCollections().queryKey })]);
      toast.success(`Saved to “${saveToCollection.name}”`);
    },
    onError: fail,
  });

  const given = new Set(activity?.viewerReactions ?? []);
  const countOf = (kind: ReactionKind) => activity?.reactions.find((r) => r.kind === kind)?.count ?? 0;
  const logIn = `/log-in?next=${encodeURIComponent(location.pathname)}`;

  return (
    <div className="activity-bar">
      <ul className="reaction-bar" aria-label="Reactions">
        {REACTIONS.map(({ kind, label }) => {
          const on = given.has(kind);
          const count = countOf(kind);
          return (
            <li key={kind}>
              {viewer ? (
                <button
                  type="button"
                  className={on ? 'reaction reaction-on' : 'reaction'}
                  aria-pressed={on}
                  aria-label={`${label}, ${count} ${count === 1 ? 'member' : 'members'}`}
                  disabled={toggleReaction.isPending}
                  onClick={() => toggleReaction.mutate({ kind, on: !on })}
                >
                  <span className="reaction-label">{label}</span>
                  <span className="reaction-count">{count}</span>
                </button>
              ) : (
                <span className="reaction reaction-static" aria-label={`${label}: ${count}`}>
                  <span className="reaction-label">{label}</span>
                  <span className="reaction-count">{count}</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <div className="activity-actions">
        {viewer ? (
          <>
            <Button variant={activity?.viewerFollows ? 'secondary' : 'primary'} size="sm" aria-pressed={activity?.viewerFollows ?? false} pending={toggleFollow.isPending} onClick={() => toggleFollow.mutate(!activity?.viewerFollows)}>
              {activity?.viewerFollows ? 'Following' : 'Follow'}
            </Button>
            {activity?.viewerSaved ? (
              <Button variant="secondary" size="sm" asChild>
                <Link to="/account/collections">Saved ✓</Link>
              </Button>
            ) : (
              <Button variant="secondary" size="sm" pending={save.isPending} pendingLabel="Saving…" onClick={() => save.mutate()}>
                Save
              </Button>
            )}
          </>
        ) : (
          <p className="muted activity-sign-in">
            <Link to={logIn}>Log in</Link> to react, follow, save and comment.
          </p>
        )}
      </div>
    </div>
  );
}
