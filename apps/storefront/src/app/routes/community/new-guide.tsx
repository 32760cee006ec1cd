export { NewGuidePage as Component } from '@/features/guides/components/GuideEditor';
