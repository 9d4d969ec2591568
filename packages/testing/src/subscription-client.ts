import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLErrorBody } from './graphql-client.js';

/** A live subscription in a test: everything it received, and a way to wait for more. */
export class TestSubscription<T> {
  readonly received: T[] = [];
  readonly errors: GraphQLErrorBody[][] = [];
  private waiters: Array<() => void> = [];
  private dispose: (() => void) | null = null;
  /** Set when the server closed the socket (e.g. 4403 for a bad token). */
  closeCode: number | null = null;

  constructor(
    private readonly client: Client,
    query: string,
    variables: Record<string, unknown>,
  ) {
    this.dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          if (value.errors) this.errors.push(value.errors as unknown as GraphQLErrorBody[]);
          if (value.data) this.received.push(value.data as T);
          this.flush();
        },
        error: (error) => {
          const code = (error as { code?: number }).code;
          if (typeof code === 'number') this.closeCode = code;
          else if (Array.isArray(error)) this.errors.push(error as GraphQLErrorBody[]);
          this.flush();
        },
        complete: () => this.flush(),
      },
    );
  }

  private flush(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until at least `count` values arrived (or fails after `timeoutMs`). */
  async waitFor(count: number, timeoutMs = 10_000): Promise<T[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count && this.closeCode === null && !this.errors.length) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`waited ${timeoutMs} ms for ${count} events, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.received.slice(0, count);
  }

  /** Waits for the socket to be closed by the server. */
  async waitForClose(timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('the server did not close the socket');
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.closeCode;
  }

  async close(): Promise<void> {
    this.dispose?.();
    this.dispose = null;
    await this.client.dispose();
  }
}

/** Opens a graphql-ws connection to `url` (http…) with the login token in connection_init. */
export function subscribe<T>(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): TestSubscription<T> {
  let closedWith: number | null = null;
  let subscription: TestSubscription<T> | null = null;
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // A refused connection is what some tests expect: record its close code instead of logging it.
    onNonLazyError: () => undefined,
    on: {
      closed: (event) => {
        closedWith = (event as { code?: number }).code ?? null;
        if (subscription && subscription.closeCode === null) subscription.closeCode = closedWith;
      },
    },
  });
  subscription = new TestSubscription<T>(client, query, variables);
  if (closedWith !== null) subscription.closeCode = closedWith;
  return subscription;
}
