export { CollectionsPage as Component } from '@/features/interactions/components/CollectionsPage';
