/** A GraphQL error as the server sends it. */
export interface GraphQLErrorBody {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: {
    code?: string;
    messages?: { id: string; en: string };
    fields?: Array<{ field: string; messages: { id: string; en: string } }>;
    details?: Record<string, unknown>;
  };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** Thrown by `request` when the response carries errors, with them attached. */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: GraphQLErrorBody[]) {
    super(errors.map((e) => `${e.extensions?.code ?? '?'}: ${e.message}`).join('; '));
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/** Speaks GraphQL over HTTP to a running server, optionally as a logged-in user. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    readonly token: string | null = null,
  ) {}

  /** Logs in at the server at `url` and returns a client acting as that user. */
  static async login(url: string, username: string, password: string): Promise<GraphQLClient> {
    const data = await new GraphQLClient(url).request<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return new GraphQLClient(url, data.login.token);
  }

  async raw<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GraphQLErrorBody[] };
    return { status: res.status, ...body };
  }

  /** The data, or a GraphQLRequestError carrying the errors. */
  async request<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.raw<T>(query, variables);
    if (res.errors?.length) throw new GraphQLRequestError(res.errors);
    return res.data as T;
  }

  /** The first error's body; fails when the request succeeds. */
  async error(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLErrorBody> {
    const res = await this.raw(query, variables);
    const first = res.errors?.[0];
    if (!first) throw new Error(`Expected an error, got data: ${JSON.stringify(res.data)}`);
    return first;
  }
}
