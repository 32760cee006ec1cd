import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { AddressBookQuery } from './graphql/addresses';

/** Every query key of the address book, with the request behind it. */
export const addressQueries = {
  all: ['addresses'] as const,
  /** The member's saved addresses, and the countries (with their postcode formats) an address may be in. */
  book: () => queryOptions({ queryKey: [...addressQueries.all, 'book'], queryFn: () => request(AddressBookQuery) }),
};
