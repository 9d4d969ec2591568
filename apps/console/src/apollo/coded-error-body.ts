/**
 * The coded, bilingual errors of the API, read from a plain HTTP answer: no Apollo here, so the
 * light login screen and the outbox can use it (coded-error.ts adds Apollo's error classes).
 */
import type { BilingualText } from '../i18n/i18n';

/** What the user reads about a failure: the server's coded, bilingual message. */
export interface CodedError {
  code: string;
  message: BilingualText;
  /** Input fields the server named, with their own message. */
  fields: { field: string; message: BilingualText }[];
}

export interface FormattedError {
  message?: string;
  extensions?: Record<string, unknown>;
}

export const NETWORK_ERROR: CodedError = {
  code: 'NETWORK',
  message: {
    id: 'Tidak ada koneksi ke server. Periksa sinyal lalu coba lagi.',
    en: 'Cannot reach the server. Check the signal and try again.',
  },
  fields: [],
};

function isText(value: unknown): value is BilingualText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BilingualText).id === 'string' &&
    typeof (value as BilingualText).en === 'string'
  );
}

export function fromFormatted(error: FormattedError): CodedError {
  const ext = error.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : 'UNKNOWN';
  const message = isText(ext.messages) ? ext.messages : { id: error.message ?? code, en: error.message ?? code };
  const fields = Array.isArray(ext.fields)
    ? ext.fields.flatMap((f: unknown) => {
        const item = f as { field?: unknown; messages?: unknown };
        return typeof item.field === 'string' && isText(item.messages)
          ? [{ field: item.field, message: item.messages }]
          : [];
      })
    : [];
  return { code, message, fields };
}

/** A failure of a plain HTTP call to the API (upload, download) that already carries its coded message. */
export class CodedFailure extends Error {
  constructor(readonly coded: CodedError) {
    super(coded.message.en);
  }
}

/** The coded error in a JSON error body of the API's HTTP routes (`{ errors: [{ extensions }] }`). */
export function codedFromBody(body: unknown, status: number): CodedError {
  const first = (body as { errors?: FormattedError[] } | null)?.errors?.[0];
  const coded = first ? fromFormatted(first) : null;
  return coded && coded.code !== 'UNKNOWN' ? coded : { ...NETWORK_ERROR, code: `HTTP_${status}` };
}
