/** A text a person reads, in Bahasa Indonesia first and English. */
export interface LocalizedText {
  id: string;
  en: string;
}

/**
 * Stable error codes. Clients (the console, OPD systems) switch on these, so they
 * are part of the public API: add freely, rename never.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'WRONG_STATE'
  | 'VERSION_CONFLICT'
  | 'GUARD_FAILED'
  | 'ROUTE_NOT_FOUND'
  | 'INVALID_CREDENTIALS'
  | 'PLUGIN_INVALID'
  /** An API key that does not exist (or is malformed). */
  | 'API_KEY_INVALID'
  /** An API key an admin revoked. */
  | 'API_KEY_REVOKED'
  /** An API key past its expiry date. */
  | 'API_KEY_EXPIRED'
  /** A live-event cursor older than the replay window: refetch, then subscribe without `after`. */
  | 'CURSOR_EXPIRED'
  /** An idempotency key reused with a different request. */
  | 'IDEMPOTENCY_CONFLICT'
  /** Too many requests; `details.retryAfterSeconds` says when to try again. */
  | 'RATE_LIMITED'
  /** An upload over the size limit; `details.maxBytes` says the limit. */
  | 'FILE_TOO_LARGE'
  /** An upload whose content is not an accepted type (JPEG, PNG, WebP, PDF); `details.detected` says what it is. */
  | 'FILE_TYPE_NOT_ALLOWED'
  /** An image that claims an accepted type but cannot be decoded. */
  | 'FILE_UNREADABLE'
  /** An org unit that cannot be removed: people work there, units sit under it, or cases refer to it. */
  | 'UNIT_IN_USE'
  /** A fixed-date national holiday (1 Jan, 1 May, 1 Jun, 17 Aug, 25 Dec): a day off every year by standing law, never removed. */
  | 'FIXED_HOLIDAY'
  /** A webhook URL that reaches a private, loopback or link-local address (or does not resolve): `details.reason`. */
  | 'WEBHOOK_TARGET_REFUSED'
  /** An escalation chain with a hole: a level whose unit has nobody who may open the case (`details.problems`). */
  | 'ESCALATION_CHAIN_INVALID'
  /** The database cannot be reached right now (HTTP 503 with Retry-After): try again shortly; nothing was changed. */
  | 'DATABASE_UNAVAILABLE'
  /** A decline reason code or settlement kind that the action does not offer: `details.allowed` lists them. */
  | 'UNKNOWN_REASON_CODE'
  /** A suggested unit (bukan wewenang) that does not exist or is the unit saying it is not its authority. */
  | 'SUGGESTED_UNIT_INVALID'
  /** An export (GET /reports/cases) over its row limit: narrow the filter; `details.maxRows` says the limit (HTTP 422). */
  | 'EXPORT_TOO_LARGE';

/** One problem with one input field, so a form can show it next to the field. */
export interface FieldProblem {
  /** Dotted path of the field in the input, e.g. `applicant.nik`. */
  field: string;
  message: LocalizedText;
  /** The field as the form names it ("Nama pemohon"), so a summary never shows a raw key. */
  label?: LocalizedText;
}

/**
 * An expected failure of the domain: bad input, a missing permission, a step
 * taken out of order. The server turns it into a GraphQL error carrying `code`,
 * both messages and the field problems; it is never a 500.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly messages: LocalizedText;
  readonly fields: readonly FieldProblem[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    messages: LocalizedText,
    options: { fields?: readonly FieldProblem[]; details?: Record<string, unknown> } = {},
  ) {
    super(messages.en);
    this.name = 'DomainError';
    this.code = code;
    this.messages = messages;
    this.fields = options.fields ?? [];
    this.details = options.details ?? {};
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

export function notFound(what: LocalizedText): DomainError {
  return new DomainError('NOT_FOUND', {
    id: `${what.id} tidak ditemukan.`,
    en: `${what.en} was not found.`,
  });
}

export function forbidden(reason?: LocalizedText): DomainError {
  return new DomainError(
    'FORBIDDEN',
    reason ?? {
      id: 'Anda tidak berwenang melakukan ini.',
      en: 'You are not allowed to do this.',
    },
  );
}

/**
 * Bad input: every problem at once, each naming its field. The summary names the
 * fields by their labels ("Periksa isian: Nama pemohon, NIK pemohon."), never by
 * their keys; problems without a label are counted.
 */
export function validationFailed(fields: readonly FieldProblem[]): DomainError {
  const labels = new Map<string, LocalizedText>();
  for (const f of fields) if (f.label) labels.set(f.label.id, f.label);
  const unlabelled = new Set(fields.filter((f) => !f.label).map((f) => f.field)).size;
  const named = [...labels.values()];
  const list = (lang: 'id' | 'en', others: string) =>
    [...named.map((l) => l[lang]), ...(unlabelled ? [others] : [])].join(', ');
  const count = new Set(fields.map((f) => f.field)).size;
  const message: LocalizedText = named.length
    ? {
        id: `Periksa isian: ${list('id', `${unlabelled} isian lain`)}.`,
        en: `Please check: ${list('en', `${unlabelled} other field${unlabelled === 1 ? '' : 's'}`)}.`,
      }
    : {
        id: `Data tidak valid (${count} isian); lihat keterangan pada tiap isian.`,
        en: `Invalid input (${count} field${count === 1 ? '' : 's'}); see the note on each field.`,
      };
  return new DomainError('VALIDATION_FAILED', message, { fields });
}
