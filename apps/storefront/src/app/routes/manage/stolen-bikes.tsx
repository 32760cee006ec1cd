export { StolenBikesPage as Component } from '@/features/resale/components/StolenBikesPage';
