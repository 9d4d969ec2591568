import * as z from 'zod/mini';
import type { LocalizedText } from '../errors/domain-error.js';
import type { FactDefinition, GeoPoint, TextFormat } from '../plugin/contract.js';
import { parseIsoDate } from '../validation/dates.js';
import { checkCoordinates } from '../validation/geo.js';
import { accept, field, orEmpty, refined, refuse, report, type Outcome, type Problem } from './field.js';
import { digitsRule } from './identity-fields.js';
import { isBlank, personNameRule, textRule } from './text-fields.js';

/** An answer to an intake question, as stored on the case. */
export type FactValue = string | number | boolean | GeoPoint[];

/**
 * An intake question as the schema needs it: a plugin's {@link FactDefinition}, or the
 * same question as the console reads it from GraphQL (where absent options are null).
 */
export interface IntakeFact {
  id: string;
  label: LocalizedText;
  type: FactDefinition['type'];
  required: boolean;
  options?: ReadonlyArray<{ value: string }> | null;
  maxLength?: number | null;
  format?: TextFormat | null;
  maxItems?: number | null;
}

const DEFAULT_TEXT_MAX = 500;
const DEFAULT_MAX_POINTS = 20;
const POINT_DESCRIPTION = { id: 'Keterangan lokasi', en: 'Location description' };

function textAnswer(def: IntakeFact, raw: string): Outcome<string | null> {
  const max = def.maxLength ?? DEFAULT_TEXT_MAX;
  if (def.format?.kind === 'personName') return personNameRule(def.label, { required: def.required, max })(raw);
  const text = textRule(def.label, { required: def.required, max })(raw);
  if (!text.ok || text.value === null || def.format?.kind !== 'digits') return text;
  return digitsRule(def.label, def.format.length)(text.value);
}

/** One or more points inside Indonesia, each with a description. */
function locationsAnswer(def: IntakeFact, raw: unknown): Outcome<GeoPoint[]> {
  const max = def.maxItems ?? DEFAULT_MAX_POINTS;
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > max) {
    return refuse(`${def.label.id}: berikan 1–${max} titik lokasi.`, `${def.label.en}: give 1 to ${max} locations.`);
  }
  const problems: Problem[] = [];
  const points = raw.flatMap((item: unknown, i): GeoPoint[] => {
    const p = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const { lat, lng } = p;
    const wrong = checkCoordinates(lat, lng, '');
    if (wrong.length || typeof lat !== 'number' || typeof lng !== 'number') {
      problems.push(...wrong.map((w) => ({ message: w.message, path: [i] })));
      return [];
    }
    const description = textRule(POINT_DESCRIPTION, { required: true, max: 300 })(p.description);
    if (!description.ok) {
      problems.push(...description.problems.map((d) => ({ message: d.message, path: [i, 'description'] })));
      return [];
    }
    return [{ lat, lng, description: description.value ?? '' }];
  });
  return problems.length ? { ok: false, problems } : accept(points);
}

/** The rule of one answer; null when an optional question is left blank. */
export function factRule(def: IntakeFact) {
  const wrong = (id: string, en: string) => refuse(`${def.label.id}: ${id}`, `${def.label.en}: ${en}`);
  return (raw: unknown): Outcome<FactValue | null> => {
    // A blank answer is no answer; `false` is an answer (a required yes/no accepts both).
    if (isBlank(raw)) {
      return def.required ? refuse(`${def.label.id} wajib diisi.`, `${def.label.en} is required.`) : accept(null);
    }
    switch (def.type) {
      case 'text':
        return typeof raw === 'string' ? textAnswer(def, raw) : wrong('harus berupa teks.', 'must be text.');
      case 'number':
        return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0
          ? accept(raw)
          : wrong('harus berupa angka tidak negatif.', 'must be a non-negative number.');
      case 'boolean':
        return typeof raw === 'boolean' ? accept(raw) : wrong('jawab ya atau tidak.', 'answer yes or no.');
      case 'date':
        return typeof raw === 'string' && parseIsoDate(raw)
          ? accept(raw)
          : wrong('harus berupa tanggal TTTT-BB-HH.', 'must be a date YYYY-MM-DD.');
      case 'choice': {
        const values = (def.options ?? []).map((o) => o.value);
        return typeof raw === 'string' && values.includes(raw)
          ? accept(raw)
          : wrong(`pilih salah satu: ${values.join(', ')}.`, `choose one of: ${values.join(', ')}.`);
      }
      case 'locations':
        return locationsAnswer(def, raw);
    }
  };
}

/** The schema of one intake question's answer (for a form that checks a question as it is answered). */
export function factSchema(def: IntakeFact) {
  return field(def.label, factRule(def));
}

/**
 * The answers to a service type's intake questions, built from the plugin's fact list:
 * every question checked by its type, required, length, format, options and points;
 * unknown questions refused; blank optional answers left out of the result.
 */
export function factsSchema(defs: readonly IntakeFact[]) {
  const shape = Object.fromEntries(defs.map((d) => [d.id, factSchema(d)]));
  const known = new Set(defs.map((d) => d.id));
  const answers = refined(z.looseObject(shape), (given, ctx) => {
    for (const key of Object.keys(given)) {
      if (known.has(key)) continue;
      report(
        ctx,
        { id: key, en: key },
        {
          message: { id: `Pertanyaan "${key}" tidak dikenal.`, en: `Unknown question "${key}".` },
          path: [key],
        },
      );
    }
  });
  return z.pipe(
    orEmpty(z.record(z.string(), z.unknown()), {}),
    z.pipe(
      answers,
      z.transform((given: Record<string, FactValue | null>) => {
        const out: Record<string, FactValue> = {};
        for (const d of defs) {
          const value = given[d.id];
          if (value !== null && value !== undefined) out[d.id] = value;
        }
        return out;
      }),
    ),
  );
}
