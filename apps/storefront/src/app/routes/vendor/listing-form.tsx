export { ListingFormPage as Component } from '@/features/listings/components/ListingFormPage';
