import type { FieldProblem, LocalizedText } from '../errors/domain-error.js';
import { checkFreeText, checkPersonName, type TextResult } from '../validation/text.js';
import { accept, field, refuse, type Outcome } from './field.js';

export interface TextFieldOptions {
  required: boolean;
  max: number;
  min?: number;
  /** Newlines and tabs allowed (free text such as a description); default true. */
  multiline?: boolean;
}

/** Nothing was answered: absent, null or an empty string (a blank form field). */
export const isBlank = (raw: unknown): boolean => raw === undefined || raw === null || raw === '';

const notText = (label: LocalizedText) => refuse(`${label.id} harus berupa teks.`, `${label.en} must be text.`);

function fromTextResult(result: TextResult): Outcome<string | null> {
  return result.problems.length
    ? { ok: false, problems: result.problems.map((p: FieldProblem) => ({ message: p.message })) }
    : accept(result.value);
}

/** Turns a core text check (validation/text.ts) into a rule of any raw answer: blank is '', not text is refused. */
function ruleOf<O>(check: (raw: string, field: string, label: LocalizedText, options: O) => TextResult) {
  return (label: LocalizedText, options: O) =>
    (raw: unknown): Outcome<string | null> => {
      if (!isBlank(raw) && typeof raw !== 'string') return notText(label);
      return fromTextResult(check(typeof raw === 'string' ? raw : '', '', label, options));
    };
}

/** A rule whose answer must be given: its clean value is never null. */
function given(rule: (raw: unknown) => Outcome<string | null>) {
  return (raw: unknown): Outcome<string> => {
    const outcome = rule(raw);
    return outcome.ok ? accept(outcome.value ?? '') : outcome;
  };
}

/** The rule of a free text: trimmed, NFC, bounded, no hidden characters; null when blank. */
export const textRule: (label: LocalizedText, options: TextFieldOptions) => (raw: unknown) => Outcome<string | null> =
  ruleOf(checkFreeText);

/** A free text; the clean value is null when an optional text is left blank. */
export function textField(label: LocalizedText, options: TextFieldOptions) {
  return field(label, textRule(label, options));
}

/** A text that must be given: the clean value is a string. */
export function requiredTextField(label: LocalizedText, options: Omit<TextFieldOptions, 'required'>) {
  return field(label, given(textRule(label, { ...options, required: true })));
}

export interface NameFieldOptions {
  required: boolean;
  /** Default 160, as on a KTP. */
  max?: number;
  /** Default 2. */
  min?: number;
}

/** The rule of a person's name: letters of any script, spaces and . , ' - ( ); no digits; one line. */
export const personNameRule: (
  label: LocalizedText,
  options: NameFieldOptions,
) => (raw: unknown) => Outcome<string | null> = ruleOf(checkPersonName);

/** A person's name; a name of spaces only is a blank name (required: refused). */
export function personNameField(label: LocalizedText, options: NameFieldOptions) {
  return field(label, personNameRule(label, options));
}

/** A name that must be given: the clean value is a string. */
export function requiredPersonNameField(label: LocalizedText, options: Omit<NameFieldOptions, 'required'> = {}) {
  return field(label, given(personNameRule(label, { ...options, required: true })));
}

/** RT and RW: numbers of up to 3 digits, kept zero-padded as written on a KK (`003`); null when blank. */
export function rtRwField(label: LocalizedText) {
  return field(label, (raw): Outcome<string | null> => {
    const text = typeof raw === 'string' ? raw.trim() : raw;
    if (isBlank(text)) return accept(null);
    if (typeof text !== 'string' || !/^\d{1,3}$/.test(text) || Number(text) === 0) {
      return refuse(`${label.id} harus berupa angka 1–999.`, `${label.en} must be a number from 1 to 999.`);
    }
    return accept(text.padStart(3, '0'));
  });
}
