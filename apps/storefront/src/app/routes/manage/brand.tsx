export { BrandSettingsPage as Component } from '@/features/brand/components/BrandSettingsPage';
