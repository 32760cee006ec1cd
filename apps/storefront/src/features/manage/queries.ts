import { queryOptions } from '@tanstack/react-query';
import type { ProductStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { EditProductQuery, ManageCategoriesQuery, ManageProductsQuery } from './graphql/products';
import { ShopSettingsQuery } from './graphql/settings';

/** Every query key of the brand manager's catalog and settings pages, with the request behind it. */
export const manageQueries = {
  all: ['manage'] as const,
  products: (status: ProductStatus | null) =>
    queryOptions({ queryKey: [...manageQueries.all, 'products', { status }], queryFn: () => request(ManageProductsQuery, { status }) }),
  product: (slug: string) => queryOptions({ queryKey: [...manageQueries.all, 'product', slug], queryFn: () => request(EditProductQuery, { slug }) }),
  categories: () => queryOptions({ queryKey: [...manageQueries.all, 'categories'], queryFn: () => request(ManageCategoriesQuery), staleTime: 5 * 60_000 }),
  settings: () => queryOptions({ queryKey: [...manageQueries.all, 'settings'], queryFn: () => request(ShopSettingsQuery) }),
};
