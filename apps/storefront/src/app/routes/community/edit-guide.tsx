export { EditGuidePage as Component } from '@/features/guides/components/GuideEditor';
