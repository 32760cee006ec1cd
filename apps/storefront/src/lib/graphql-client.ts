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

/** An answer from /graphql: its HTTP status and its body (parsed JSON, or null when it was none). */
export interface GraphqlAnswer {
  status: number;
  body: unknown;
}

/** How a request body reaches /graphql. */
export type GraphqlTransport = (body: string) => Promise<GraphqlAnswer>;

/** From the browser: fetch with the session cookie. The JSON content type also satisfies the API's CSRF prevention. */
const browserTransport: GraphqlTransport = async (body) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  });
  return { status: response.status, body: await response.json().catch(() => null) };
};

let transport = browserTransport;

/**
 * The server renderer's way in (decision 0023): it runs the same queries in the API's own process,
 * with the visitor's cookie, so the same policies apply. Nothing else calls this.
 */
export function setGraphqlTransport(serverTransport: GraphqlTransport): void {
  transport = serverTransport;
}

/** Sends a typed document to /graphql with the session cookie. */
export async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  const answer = await transport(JSON.stringify({ query: document.toString(), variables }));
  const body = (answer.body ?? {}) as {
    data?: TResult;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  };
  const [error] = body.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'UNKNOWN', error.extensions?.field);
  if (answer.status < 200 || answer.status >= 300 || !body.data) throw new ApiError('The shop is not answering right now. Try again.', 'NETWORK');
  return body.data;
}
