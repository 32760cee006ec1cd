import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

/** The brand this platform belongs to: its name titles every page, its currency prices the shop. */
export const BrandQuery = graphql(`
  query Brand {
    brand {
      name
      tagline
      currency
      logo {
        url
        alt
        width
        height
        srcset
      }
      heroImage {
        url
        alt
        width
        height
        srcset
      }
    }
  }
`);

export const brandQueries = {
  all: ['brand'] as const,
  current: () => queryOptions({ queryKey: [...brandQueries.all, 'current'], queryFn: () => request(BrandQuery), staleTime: Infinity }),
};

export function useBrand() {
  const query = useQuery(brandQueries.current());
  const brand = query.data?.brand;
  return { name: brand?.name, tagline: brand?.tagline, currency: brand?.currency, logo: brand?.logo ?? null, heroImage: brand?.heroImage ?? null, isLoading: query.isLoading };
}
