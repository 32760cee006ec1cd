import { EditAdvicePostPage } from '@/features/advice/components/AdvicePostForm';

export function Component() {
  return <EditAdvicePostPage kind="QUESTION" />;
}
