export { NewProductPage as Component } from '@/features/manage/components/NewProductPage';
