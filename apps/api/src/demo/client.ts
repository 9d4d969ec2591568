/**
 * A tiny GraphQL-over-HTTP client for the demo script: what the console does, and nothing more
 * (the test harness in packages/testing is for tests and is not installed with the app).
 */
export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; messages?: { id: string; en: string }; fields?: unknown };
}

export class DemoRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: readonly GraphQLErrorBody[],
  ) {
    super(
      errors
        .map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.extensions?.messages?.en ?? e.message}`)
        .concat(
          errors.flatMap((e) =>
            Array.isArray(e.extensions?.fields) && e.extensions.fields.length
              ? [JSON.stringify(e.extensions.fields)]
              : [],
          ),
        )
        .join('; '),
    );
    this.name = 'DemoRequestError';
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export class DemoClient {
  constructor(
    readonly url: string,
    readonly token: string | null = null,
  ) {}

  /** Logs in as a demo user and returns a client acting as them. */
  static async login(url: string, username: string, password: string): Promise<DemoClient> {
    const data = await new DemoClient(url).request<{ login: { token: string } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return new DemoClient(url, data.login.token);
  }

  /** The data, or a DemoRequestError with the server's coded errors. */
  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: GraphQLErrorBody[] };
    if (body.errors?.length) throw new DemoRequestError(query.trim().split(/[\s({]/)[0] ?? 'operation', body.errors);
    if (!body.data) throw new Error(`no data (HTTP ${res.status})`);
    return body.data;
  }
}
