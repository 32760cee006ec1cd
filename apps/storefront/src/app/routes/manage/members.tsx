import { useQueryClient } from '@tanstack/react-query';
import { MembersPage } from '@/features/members/components/MembersPage';
import { profileQueries } from '@/features/profiles/queries';

/** A badge granted or removed here shows afresh on members' profiles (and the reviews on them). */
export function Component() {
  const client = useQueryClient();
  return <MembersPage onAccessChanged={() => client.invalidateQueries({ queryKey: profileQueries.all })} />;
}
