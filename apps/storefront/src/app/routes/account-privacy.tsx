export { PrivacyZonesPage as Component } from '@/features/routes/components/PrivacyZonesPage';
