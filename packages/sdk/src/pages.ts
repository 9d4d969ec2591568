import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SpmClient } from './client.js';

/** A Relay connection page as the SDK reads it. */
export interface ConnectionPage<TNode> {
  edges: ReadonlyArray<{ cursor: string; node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nextUpdatedSince?: string | null;
}

/**
 * Iterates every node of a connection, page by page (`first`/`after`), e.g. the whole inbox:
 *
 * ```ts
 * for await (const c of pages(client, ListCases, { filter: { inbox: true, open: true } }, (d) => d.cases)) { … }
 * ```
 *
 * With `filter.updatedSince`, read `last.nextUpdatedSince` from `onLastPage` and poll with it next time.
 */
export async function* pages<TResult, TVariables extends { after?: string | null; first?: number | null }, TNode>(
  client: SpmClient,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: Omit<TVariables, 'after'>,
  connection: (data: TResult) => ConnectionPage<TNode>,
  onLastPage?: (page: ConnectionPage<TNode>) => void,
): AsyncGenerator<TNode> {
  let after: string | null = null;
  for (;;) {
    const vars = { first: 50, ...variables, after } as unknown as TVariables;
    const page = connection(await (client.request as (d: unknown, v: unknown) => Promise<TResult>)(document, vars));
    for (const edge of page.edges) yield edge.node;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) {
      onLastPage?.(page);
      return;
    }
    after = page.pageInfo.endCursor;
  }
}
