import { codedFromBody, NETWORK_ERROR, type CodedError } from '../apollo/coded-error-body';

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token }
}`;

/**
 * The login mutation with plain `fetch`: the login screen is the first thing a new phone
 * downloads, and it does without Apollo Client and graphql-js (docs/performance.md).
 */
export async function requestLogin(
  username: string,
  password: string,
): Promise<{ token: string } | { error: CodedError }> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: LOGIN, variables: { username, password } }),
    });
  } catch {
    return { error: NETWORK_ERROR };
  }
  type Body = { data?: { login?: { token?: string } | null } | null; errors?: unknown[] };
  // A proxy's page is not JSON: said as no connection below.
  const body = (await res.json().catch(() => null)) as Body | null;
  const token = body?.data?.login?.token;
  if (token) return { token };
  return {
    error: body?.errors?.length ? codedFromBody(body, res.status) : { ...NETWORK_ERROR, code: `HTTP_${res.status}` },
  };
}

/** The address to go to after the login: `?next=` when it is a path of this console, else the home page. */
export function afterLogin(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}
