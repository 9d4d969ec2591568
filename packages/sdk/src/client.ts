import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { SpmApiError, type SpmErrorBody } from './errors.js';

export interface SpmClientOptions {
  /** The server, e.g. `https://spm.klatenkab.go.id` (GraphQL is at `/graphql`, uploads at `/files`). */
  url: string;
  /** The API key an admin made for your unit (`psk_…`). */
  apiKey: string;
  /** Tries after the first on 429, 5xx and network errors (default 4). */
  retries?: number;
  /** The first backoff in milliseconds, doubled each try, with jitter (default 500). */
  baseDelayMs?: number;
  /** The longest wait between tries, Retry-After included (default 60 000). */
  maxDelayMs?: number;
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: typeof fetch;
  /** Waits; replaceable so a test can see the delays without sleeping. */
  sleep?: (ms: number) => Promise<void>;
}

/** What the server said about the rate limit on the last answer (RateLimit / RateLimit-Policy headers). */
export interface RateLimitState {
  policy: string;
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

const RETRYABLE = (status: number) =>
  status === 429 || status === 502 || status === 503 || status === 504 || status === 500;

function parseRateLimit(headers: Headers): RateLimitState | null {
  const policy = /"([^"]+)";q=(\d+);w=(\d+)/.exec(headers.get('ratelimit-policy') ?? '');
  const now = /"([^"]+)";r=(\d+);t=(\d+)/.exec(headers.get('ratelimit') ?? '');
  if (!policy || !now) return null;
  return {
    policy: policy[1] as string,
    limit: Number(policy[2]),
    windowSeconds: Number(policy[3]),
    remaining: Number(now[2]),
    resetSeconds: Number(now[3]),
  };
}

/** The body as JSON; a proxy's HTML error page reads as an empty object. */
async function readJson(res: Response): Promise<Record<string, unknown>> {
  const text = await res.text();
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Retry-After in seconds or as an HTTP date, in milliseconds; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * A small GraphQL client for an OPD system: sends the API key, retries 429 and 5xx answers (and
 * network errors) with exponential backoff and jitter, honouring Retry-After, and turns GraphQL
 * errors into `SpmApiError` with the server's code and messages. Queries and mutations are safe
 * to retry: pass an `idempotencyKey` to mutations that take one, so a retried change applies once.
 */
export class SpmClient {
  private readonly base: string;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  /** The rate-limit state of the last answer, when the server sent one. */
  rateLimit: RateLimitState | null = null;

  constructor(private readonly options: SpmClientOptions) {
    this.base = options.url.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Runs a typed operation (see operations.ts) and returns its data, or throws SpmApiError. */
  async request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
  ): Promise<TResult> {
    const body = JSON.stringify({ query: print(document), variables: variables ?? {} });
    const res = await this.send(`${this.base}/graphql`, () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.apiKey}` },
      body,
    }));
    const json = (await readJson(res)) as { data?: TResult; errors?: SpmErrorBody[] };
    if (json.errors?.length) throw new SpmApiError(res.status, json.errors);
    if (!res.ok || json.data === undefined) throw new SpmApiError(res.status, []);
    return json.data;
  }

  /**
   * Uploads a document's file for a case (`POST /files`); attach it afterwards with AttachDocument
   * and `fileIds: [id]`. JPEG, PNG, WebP and PDF only.
   */
  async uploadFile(input: {
    caseId: string;
    documentCode: string;
    bytes: Uint8Array;
    fileName: string;
    contentType: string;
  }): Promise<{ id: string }> {
    const query = new URLSearchParams({ caseId: input.caseId, documentCode: input.documentCode });
    const res = await this.send(`${this.base}/files?${query}`, () => {
      const form = new FormData();
      form.set('caseId', input.caseId);
      form.set('documentCode', input.documentCode);
      form.set('file', new Blob([input.bytes], { type: input.contentType }), input.fileName);
      return { method: 'POST', headers: { authorization: `Bearer ${this.options.apiKey}` }, body: form };
    });
    const json = (await readJson(res)) as { file?: { id: string }; errors?: SpmErrorBody[] };
    if (!res.ok || json.errors?.length || !json.file) throw new SpmApiError(res.status, json.errors ?? []);
    return { id: json.file.id };
  }

  /** One HTTP exchange with retries: 429 and 5xx (after Retry-After when given), and network errors. */
  private async send(url: string, init: () => RequestInit): Promise<Response> {
    const retries = this.options.retries ?? 4;
    const base = this.options.baseDelayMs ?? 500;
    const max = this.options.maxDelayMs ?? 60_000;
    for (let attempt = 0; ; attempt += 1) {
      let res: Response | null = null;
      let failure: unknown = null;
      try {
        res = await this.fetchImpl(url, init());
        this.rateLimit = parseRateLimit(res.headers) ?? this.rateLimit;
      } catch (error) {
        failure = error;
      }
      if (res && !RETRYABLE(res.status)) return res;
      if (attempt >= retries) {
        if (res) return res;
        throw failure;
      }
      const backoff = Math.min(max, base * 2 ** attempt);
      const jittered = backoff / 2 + Math.random() * (backoff / 2);
      const told = res ? retryAfterMs(res.headers.get('retry-after')) : null;
      await this.sleep(Math.min(max, told ?? jittered));
    }
  }
}
