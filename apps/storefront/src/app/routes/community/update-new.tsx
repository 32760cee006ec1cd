import { NewAdvicePostPage } from '@/features/advice/components/AdvicePostForm';

export function Component() {
  return <NewAdvicePostPage kind="PROJECT_UPDATE" />;
}
