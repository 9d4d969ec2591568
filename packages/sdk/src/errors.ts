/** One error as the server sends it: a stable code, Indonesian and English messages, the bad fields. */
export interface SpmErrorBody {
  message: string;
  extensions?: {
    code?: string;
    messages?: { id: string; en: string };
    fields?: Array<{ field: string; message: { id: string; en: string } }>;
    details?: Record<string, unknown>;
  };
}

/**
 * A refused request: `code` is stable (FORBIDDEN, NOT_FOUND, VERSION_CONFLICT, VALIDATION_FAILED,
 * RATE_LIMITED, API_KEY_EXPIRED, …; docs/integrations.md lists them), `messages` in both languages.
 */
export class SpmApiError extends Error {
  readonly code: string;
  readonly messages: { id: string; en: string } | null;
  readonly fields: ReadonlyArray<{ field: string; message: { id: string; en: string } }>;
  readonly details: Record<string, unknown>;

  constructor(
    readonly status: number,
    readonly errors: readonly SpmErrorBody[],
  ) {
    const first = errors[0];
    super(first?.extensions?.messages?.en ?? first?.message ?? `HTTP ${status}`);
    this.name = 'SpmApiError';
    this.code = first?.extensions?.code ?? (status === 429 ? 'RATE_LIMITED' : `HTTP_${status}`);
    this.messages = first?.extensions?.messages ?? null;
    this.fields = first?.extensions?.fields ?? [];
    this.details = first?.extensions?.details ?? {};
  }

  /**
   * Whether the same request may succeed later unchanged: the database was away
   * (DATABASE_UNAVAILABLE, 503), too many requests (RATE_LIMITED, 429), or another server
   * error. The client has already retried these; a queue may try again later.
   */
  get retryable(): boolean {
    return (
      this.code === 'DATABASE_UNAVAILABLE' || this.code === 'RATE_LIMITED' || this.status === 429 || this.status >= 500
    );
  }
}
