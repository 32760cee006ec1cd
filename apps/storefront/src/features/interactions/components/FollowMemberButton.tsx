import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, toast } from '@/components/ui';
import { request } from '@/lib/graphql-client';
import { useViewer } from '@/lib/session/session';
import { FollowMemberMutation, UnfollowMemberMutation } from '../graphql/interactions';
import { interactionQueries } from '../queries';
import '../interactions.css';

/**
 * Follow or unfollow a member, with their follower count, for profiles. Visitors and the member
 * themselves see the count only.
 */
export function FollowMemberButton({ memberId }: { memberId: string }) {
  const { viewer } = useViewer();
  const client = useQueryClient();
  const member = useQuery(interactionQueries.member(memberId));
  const toggle = useMutation({
    mutationFn: async (on: boolean): Promise<void> => {
      if (on) await request(FollowMemberMutation, { id: memberId });
      else await request(UnfollowMemberMutation, { id: memberId });
    },
    onSuccess: async (_data, on) => {
      await client.invalidateQueries({ queryKey: interactionQueries.member(memberId).queryKey });
      toast.success(on ? `Following ${member.data?.member?.displayName ?? 'them'}` : 'No longer following');
    },
    onError: (error) => toast.error(error.message),
  });
  const data = member.data?.member;
  if (!data) return null;
  const followers = `${data.followerCount} ${data.followerCount === 1 ? 'follower' : 'followers'}`;
  return (
    <div className="follow-member">
      <span className="follow-member-count">{followers}</span>
      {viewer && viewer.id !== memberId && (
        <Button variant={data.viewerFollows ? 'secondary' : 'primary'} size="sm" aria-pressed={data.viewerFollows} pending={toggle.isPending} onClick={() => toggle.mutate(!data.viewerFollows)}>
          {data.viewerFollows ? 'Following' : 'Follow'}
          <span className="visually-hidden"> {data.displayName}</span>
        </Button>
      )}
    </div>
  );
}
