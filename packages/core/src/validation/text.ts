import type { FieldProblem, LocalizedText } from '../errors/domain-error.js';

/**
 * Characters that change how text is shown without being seen: bidirectional
 * overrides and isolates (which can make `gpj.exe` read as `exe.jpg`), zero-width
 * characters and joiners used to make two names look equal, and C0/C1 controls.
 * Tab and newline are allowed in free text only.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/u;
/** A lone surrogate: not text at all (JSON can carry one; PostgreSQL refuses it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Letters of any script with their combining marks, and the punctuation names use: space . , ' ’ - ( ) */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M} .,'’\-()]*$/u;

export interface TextOptions {
  required: boolean;
  max: number;
  min?: number;
}

export type TextResult = { value: string | null; problems: FieldProblem[] };

function problem(field: string, id: string, en: string): FieldProblem {
  return { field, message: { id, en } };
}

/** Whether the text holds invisible or control characters (tab and newline allowed when `multiline`). */
export function hasInvisibleCharacters(text: string, multiline = true): boolean {
  if (INVISIBLE.test(text) || LONE_SURROGATE.test(text)) return true;
  return !multiline && /[\t\n\r]/.test(text);
}

/**
 * A free text (description, findings, note): Unicode-normalised (NFC), trimmed,
 * bounded in length (counted in characters as a person sees them), and free of
 * invisible control characters. Null when optional and empty.
 */
export function checkFreeText(
  raw: string | null | undefined,
  field: string,
  label: LocalizedText,
  options: TextOptions & { multiline?: boolean },
): TextResult {
  const text = (raw ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (!text) {
    return {
      value: null,
      problems: options.required ? [problem(field, `${label.id} wajib diisi.`, `${label.en} is required.`)] : [],
    };
  }
  if (hasInvisibleCharacters(text, options.multiline ?? true)) {
    return {
      value: null,
      problems: [
        problem(
          field,
          `${label.id} berisi karakter tersembunyi atau karakter kontrol; ketik ulang teksnya.`,
          `${label.en} contains hidden or control characters; type the text again.`,
        ),
      ],
    };
  }
  const length = [...text].length;
  if (length > options.max) {
    return {
      value: null,
      problems: [
        problem(
          field,
          `${label.id} terlalu panjang (maksimal ${options.max} karakter).`,
          `${label.en} is too long (at most ${options.max} characters).`,
        ),
      ],
    };
  }
  if (options.min && length < options.min) {
    return {
      value: null,
      problems: [
        problem(
          field,
          `${label.id} terlalu pendek (minimal ${options.min} karakter).`,
          `${label.en} is too short (at least ${options.min} characters).`,
        ),
      ],
    };
  }
  return { value: text, problems: [] };
}

/**
 * A person's name as written on a KTP: letters of any script (Latin, Arabic
 * pegon, Javanese …), spaces, and . , ' - ( ) — no digits, no symbols, one line,
 * at most 160 characters. Inner runs of spaces are collapsed.
 */
export function checkPersonName(
  raw: string | null | undefined,
  field: string,
  label: LocalizedText,
  options: { required: boolean; max?: number; min?: number } = { required: true },
): TextResult {
  const base = checkFreeText(raw, field, label, {
    required: options.required,
    max: options.max ?? 160,
    min: options.min ?? 2,
    multiline: false,
  });
  if (!base.value) return base;
  const name = base.value.replace(/\s+/g, ' ');
  if (!NAME.test(name)) {
    return {
      value: null,
      problems: [
        problem(
          field,
          `${label.id} hanya boleh berisi huruf, spasi, dan tanda . , ' - ( ).`,
          `${label.en} may only contain letters, spaces and . , ' - ( ).`,
        ),
      ],
    };
  }
  return { value: name, problems: [] };
}
