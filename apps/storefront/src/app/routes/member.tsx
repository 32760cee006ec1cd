export { MemberProfilePage as Component } from '@/features/profiles/components/MemberProfilePage';
