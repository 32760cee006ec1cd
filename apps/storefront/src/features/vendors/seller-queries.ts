import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { ProductSellerQuery } from './graphql/product-seller';

/** Who sells a product, for its page: apart from the feature's other queries so the product page's chunk holds nothing else. */
export const productSellerQuery = (slug: string) => queryOptions({ queryKey: ['vendors', 'product-seller', slug], queryFn: () => request(ProductSellerQuery, { slug }) });
