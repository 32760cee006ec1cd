import { useQuery } from '@tanstack/react-query';
import { request } from '../../../lib/graphql-client';
import { HomeQuery } from '../graphql/products';

export function useHome() {
  return useQuery({ queryKey: ['catalog', 'home'], queryFn: () => request(HomeQuery, { first: 24 }) });
}
