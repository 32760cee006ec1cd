import type { GraphQLFormattedError } from 'graphql';

export interface GraphQLResult<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: GraphQLFormattedError[];
  status: number;
  headers: Headers;
}

/**
 * Talks to a running API over HTTP like a browser does: JSON POSTs to /graphql, keeping the session
 * cookie the server sets.
 */
export class GraphQLTestClient {
  private cookie?: string;

  /**
   * `address`: the client address the API sees, sent as X-Forwarded-For (the API trusts it from
   * loopback, as from a proxy in front of it); 127.0.0.1 when not given.
   */
  constructor(
    private readonly baseUrl: string,
    private readonly address?: string,
  ) {}

  /** A client already holding a session cookie (`name=value`). */
  static withCookie(baseUrl: string, cookie: string): GraphQLTestClient {
    const client = new GraphQLTestClient(baseUrl);
    client.cookie = cookie;
    return client;
  }

  async request<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<TData>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.address ? { 'x-forwarded-for': this.address } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    this.keepCookie(response.headers);
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLFormattedError[] };
    return { ...body, status: response.status, headers: response.headers };
  }

  /** Like `request`, but fails the test on any GraphQL error. */
  async data<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const result = await this.request<TData>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  get sessionCookie(): string | undefined {
    return this.cookie;
  }

  private keepCookie(headers: Headers): void {
    for (const header of headers.getSetCookie()) {
      const [pair] = header.split(';');
      const value = pair.slice(pair.indexOf('=') + 1);
      // An expired or emptied cookie means the server signed us out.
      this.cookie = value && !/expires=Thu, 01 Jan 1970/i.test(header) ? pair : undefined;
    }
  }
}

/** The code and field of the first error, for concise assertions. */
export function firstError(result: GraphQLResult<unknown>): { code?: unknown; field?: unknown; message?: string } {
  const error = result.errors?.[0];
  return { code: error?.extensions?.code, field: error?.extensions?.field, message: error?.message };
}
