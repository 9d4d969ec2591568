import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { CodedFailure, codedFromBody, NETWORK_ERROR, type CodedError } from '../apollo/coded-error-body';

/** A try that failed: the server's coded refusal, or (retryable) a reason to try again later. */
export class SendFailure extends CodedFailure {
  constructor(
    coded: CodedError,
    readonly retryable: boolean,
  ) {
    super(coded);
  }
}

/** Codes that say "not now", not "no": the item waits and is tried again. */
const RETRY_LATER = new Set([
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
]);

/**
 * One GraphQL call with plain `fetch`, for the outbox (in the page and in the service
 * worker, where Apollo is not): the same headers as the console's Apollo link.
 */
export async function sendGraphQL<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token: string | null,
): Promise<TData> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch {
    throw new SendFailure(NETWORK_ERROR, true);
  }
  type Body = { data?: TData | null; errors?: unknown[] };
  let body: Body | null = null;
  try {
    body = (await res.json()) as Body;
  } catch {
    // A proxy's page, or the connection cut while the answer came: the change may have been
    // made; the idempotency key makes the next try return it instead of making it again.
  }
  if (body?.errors?.length) {
    const coded = codedFromBody(body, res.status);
    throw new SendFailure(coded, RETRY_LATER.has(coded.code) || res.status >= 500 || res.status === 429);
  }
  if (res.ok && body?.data) return body.data;
  throw new SendFailure({ ...NETWORK_ERROR, code: `HTTP_${res.status}` }, true);
}
