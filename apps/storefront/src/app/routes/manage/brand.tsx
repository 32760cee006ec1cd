import { BrandSettingsPage } from '@/features/brand/components/BrandSettingsPage';
import { BrandImagesFields } from '@/features/manage/components/BrandImagesFields';

/** The Brand page: its settings form, with the logo and home image uploads (manage feature) below. */
export function Component() {
  return <BrandSettingsPage images={<BrandImagesFields />} />;
}
