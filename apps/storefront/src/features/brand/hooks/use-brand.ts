import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { request } from '../../../lib/graphql-client';
import { BrandQuery } from '../graphql/brand';

/** The brand this platform belongs to; its name titles every page. */
export function useBrand() {
  const query = useQuery({ queryKey: ['brand'], queryFn: () => request(BrandQuery), staleTime: Infinity });
  const name = query.data?.brand?.name ?? 'Flagship';
  useEffect(() => {
    document.title = name;
  }, [name]);
  return { name, tagline: query.data?.brand?.tagline, isLoading: query.isLoading };
}
