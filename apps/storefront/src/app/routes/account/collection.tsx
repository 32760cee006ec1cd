/** One saved collection: its owner's, or anyone's when public (the API says which; signed-in or not). */
export { CollectionPage as Component } from '@/features/interactions/components/CollectionPage';
