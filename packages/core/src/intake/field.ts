import * as z from 'zod/mini';
import { validationFailed, type FieldProblem, type LocalizedText } from '../errors/domain-error.js';

/** One thing wrong with a field's answer; `path` points inside it (a point of a location list). */
export interface Problem {
  message: LocalizedText;
  path?: readonly (string | number)[];
}

/** What a field rule makes of a raw answer: the clean value, or what is wrong with it. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: readonly Problem[] };

export const accept = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = (id: string, en: string): Outcome<never> => ({ ok: false, problems: [{ message: { id, en } }] });

/** The bilingual message and the field's label travel in the zod issue's `params`. */
interface IssueParams {
  message: LocalizedText;
  label?: LocalizedText;
}

function isIssueParams(value: unknown): value is IssueParams {
  const message = (value as IssueParams | undefined)?.message;
  return typeof message?.id === 'string' && typeof message.en === 'string';
}

/** Reports a problem on the value being parsed (or under it, with `path`), with its field's label. */
export function report(ctx: z.core.ParsePayload, label: LocalizedText | undefined, problem: Problem): void {
  ctx.issues.push({
    code: 'custom',
    message: problem.message.en,
    input: ctx.value,
    path: problem.path ? [...problem.path] : [],
    params: { message: problem.message, ...(label ? { label } : {}) } satisfies IssueParams,
  });
}

/**
 * `schema` with a check across its parts (a list too long, a document named twice),
 * run even when a part is already wrong, so the form shows every problem at once.
 */
export function refined<S extends z.ZodMiniType>(
  schema: S,
  check: (value: z.output<S>, ctx: z.core.ParsePayload) => void,
): S {
  return schema.check(z.superRefine((value: z.output<S>, ctx) => check(value, ctx), { when: () => true }));
}

/** A list or record that may be left out (null, absent): then `empty`. */
export function orEmpty<S extends z.ZodMiniType>(schema: S, empty: z.output<S>) {
  return z.pipe(
    z.nullish(schema),
    z.transform((value: z.output<S> | null | undefined): z.output<S> => value ?? empty),
  );
}

/**
 * A zod schema for one form field, checked by `rule`: any raw value goes in
 * (a form's text, a GraphQL argument, nothing at all) and the clean value comes
 * out, or the rule's bilingual problems, labelled with the field's name.
 */
export function field<T>(label: LocalizedText, rule: (raw: unknown) => Outcome<T>) {
  // Optional first, so a missing key still reaches the rule (which decides whether it is required).
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((raw: unknown, ctx): T => {
      const outcome = rule(raw);
      if (outcome.ok) return outcome.value;
      for (const problem of outcome.problems) report(ctx, label, problem);
      return z.NEVER;
    }),
  );
}

const SHAPE_PROBLEM: LocalizedText = { id: 'Isian ini tidak dapat dibaca.', en: 'This field cannot be read.' };

/** The field problems of a failed parse: dotted paths (`beneficiaries.0.name`), both languages. */
export function toFieldProblems(error: z.core.$ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const params = issue.code === 'custom' ? issue.params : undefined;
    // Only a shape a form never sends (an object where text belongs) reaches zod's own issues.
    if (!isIssueParams(params)) return { field, message: SHAPE_PROBLEM };
    return { field, message: params.message, ...(params.label ? { label: params.label } : {}) };
  });
}

/** Checks `input` against `schema`: the clean value, or every problem with its field (for a form step). */
export function checkInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix = '',
): { ok: true; value: z.output<S> } | { ok: false; problems: FieldProblem[] } {
  const result = z.safeParse(schema, input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problems: toFieldProblems(result.error, prefix) };
}

/**
 * The clean value, or a `VALIDATION_FAILED` DomainError listing every problem, with
 * `prefix` before each field, after the `extra` problems found outside the schema
 * (e.g. against the database).
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  options: { prefix?: string; extra?: readonly FieldProblem[] } = {},
): z.output<S> {
  const result = checkInput(schema, input, options.prefix);
  const problems = [...(options.extra ?? []), ...(result.ok ? [] : result.problems)];
  if (problems.length || !result.ok) throw validationFailed(problems);
  return result.value;
}
