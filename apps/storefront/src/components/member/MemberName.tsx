import { Link } from 'react-router';
import type { BadgeKind } from '@/gql/graphql';
import { BadgeList } from './BadgeList';

/**
 * What every query showing a member selects (inline rather than a fragment: the API's depth limit
 * counts a fragment spread as a level).
 */
export interface MemberNameData {
  id: string;
  displayName: string;
  badges: readonly { kind: BadgeKind; label: string }[];
}

/** A member's name, linked to their public profile, with their badges beside it. */
export function MemberName({ member }: { member: MemberNameData }) {
  return (
    <span className="member-name">
      <Link to={`/members/${member.id}`}>{member.displayName}</Link>
      <BadgeList badges={member.badges} />
    </span>
  );
}
