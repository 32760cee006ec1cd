import type { TypedDocumentString } from '@/gql/graphql';

/** A GraphQL error as the API sends it: a code to branch on and, for bad input, the field at fault. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * Sends a typed document to /graphql with the session cookie. The JSON content type also satisfies
 * the API's CSRF prevention.
 */
export async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: TResult;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  };
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'UNKNOWN', error.extensions?.field);
  if (!response.ok || !body.data) throw new ApiError('The shop is not answering right now. Try again.', 'NETWORK');
  return body.data;
}
