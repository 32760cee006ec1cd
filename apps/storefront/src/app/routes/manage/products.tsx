export { ManageProductsPage as Component } from '@/features/manage/components/ManageProductsPage';
