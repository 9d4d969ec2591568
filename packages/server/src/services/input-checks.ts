import {
  checkCoordinates,
  checkFreeText,
  checkKkNumber,
  checkPersonName,
  normalizePhone,
  parseIsoDate,
  parseNik,
  type FactDefinition,
  type GeoPoint,
  type FieldProblem,
  type LocalizedText,
} from '@posyandu-spm/core';

/** An answer to an intake question, as stored on the case. */
export type FactValue = string | number | boolean | GeoPoint[];

/**
 * Collects field problems while an input is checked, so one response lists
 * everything wrong with a form, each problem naming its field.
 */
export class InputChecker {
  readonly problems: FieldProblem[] = [];

  add(field: string, id: string, en: string): void {
    this.problems.push({ field, message: { id, en } });
  }

  /**
   * How many files a document may be given at once: 1 to `maxFiles`, and the
   * message says "give 3" when exactly that many make it complete (house photos).
   */
  fileCount(field: string, req: { label: LocalizedText; minFiles: number; maxFiles: number }, count: number): void {
    if (count >= 1 && count <= req.maxFiles) return;
    const exact = req.minFiles === req.maxFiles;
    this.add(
      field,
      `${req.label.id}: sertakan ${exact ? req.minFiles : `1–${req.maxFiles}`} berkas.`,
      `${req.label.en}: give ${exact ? req.minFiles : `1 to ${req.maxFiles}`} files.`,
    );
  }

  /**
   * A trimmed, NFC-normalised text of bounded length without hidden control
   * characters (core validation/text.ts); null when optional and empty.
   */
  text(
    value: string | null | undefined,
    field: string,
    label: LocalizedText,
    options: { required: boolean; max: number; min?: number; multiline?: boolean },
  ): string | null {
    const result = checkFreeText(value, field, label, options);
    this.problems.push(...result.problems);
    return result.value;
  }

  /** A person's name: letters of any script, spaces and . , ' - ( ); one line. */
  name(
    value: string | null | undefined,
    field: string,
    label: LocalizedText,
    options: { required: boolean; max?: number; min?: number },
  ): string | null {
    const result = checkPersonName(value, field, label, options);
    this.problems.push(...result.problems);
    return result.value;
  }

  nik(value: string | null | undefined, field: string, required: boolean): string | null {
    const raw = (value ?? '').trim();
    if (!raw) {
      if (required) this.add(field, 'NIK wajib diisi.', 'The NIK is required.');
      return null;
    }
    const parsed = parseNik(raw, field);
    if (!parsed.ok) {
      this.problems.push(...parsed.problems);
      return null;
    }
    return parsed.value.nik;
  }

  kk(value: string | null | undefined, field: string): string | null {
    const raw = (value ?? '').trim();
    if (!raw) return null;
    const problems = checkKkNumber(raw, field);
    this.problems.push(...problems);
    return problems.length ? null : raw.replace(/[\s.-]/g, '');
  }

  phone(value: string | null | undefined, field: string, required: boolean): string | null {
    const raw = (value ?? '').trim();
    if (!raw) {
      if (required) this.add(field, 'Nomor telepon wajib diisi.', 'A phone number is required.');
      return null;
    }
    const phone = normalizePhone(raw);
    if (!phone) {
      this.add(
        field,
        'Nomor telepon tidak valid (contoh: 0812 3456 7890 atau +62 812 3456 7890).',
        'Not a valid Indonesian phone number (e.g. 0812 3456 7890 or +62 812 3456 7890).',
      );
    }
    return phone;
  }

  /** RT and RW are numbers of up to 3 digits, kept zero-padded as written on a KK: `003`. */
  rtRw(value: string | null | undefined, field: string, label: string): string | null {
    const raw = (value ?? '').trim();
    if (!raw) return null;
    if (!/^\d{1,3}$/.test(raw) || Number(raw) === 0) {
      this.add(field, `${label} harus berupa angka 1–999.`, `${label} must be a number from 1 to 999.`);
      return null;
    }
    return raw.padStart(3, '0');
  }

  /** One or more points inside Indonesia, each with a description; null when any is wrong. */
  locations(value: unknown, path: string, def: FactDefinition): GeoPoint[] | null {
    const max = def.maxItems ?? 20;
    if (!Array.isArray(value) || value.length === 0 || value.length > max) {
      this.add(path, `${def.label.id}: berikan 1–${max} titik lokasi.`, `${def.label.en}: give 1 to ${max} locations.`);
      return null;
    }
    const points: GeoPoint[] = [];
    value.forEach((raw: unknown, i) => {
      const p = (raw ?? {}) as Record<string, unknown>;
      const at = `${path}.${i}`;
      const { lat, lng } = p;
      const wrong = checkCoordinates(lat, lng, at);
      if (wrong.length || typeof lat !== 'number' || typeof lng !== 'number') {
        this.problems.push(...wrong);
        return;
      }
      const description = this.text(
        typeof p.description === 'string' ? p.description : null,
        `${at}.description`,
        { id: 'Keterangan lokasi', en: 'Location description' },
        { required: true, max: 300 },
      );
      if (description) points.push({ lat, lng, description });
    });
    return points.length === value.length ? points : null;
  }

  /** Checks the answers to a service type's intake questions; returns them with proper types. */
  facts(
    answers: Record<string, unknown>,
    definitions: readonly FactDefinition[],
    field = 'facts',
  ): Record<string, FactValue> {
    const out: Record<string, FactValue> = {};
    const known = new Set(definitions.map((d) => d.id));
    for (const key of Object.keys(answers)) {
      if (!known.has(key))
        this.add(`${field}.${key}`, `Pertanyaan "${key}" tidak dikenal.`, `Unknown question "${key}".`);
    }
    for (const def of definitions) {
      const path = `${field}.${def.id}`;
      const value = answers[def.id];
      if (value === undefined || value === null || value === '') {
        if (def.required) this.add(path, `${def.label.id} wajib diisi.`, `${def.label.en} is required.`);
        continue;
      }
      const wrongType = (id: string, en: string): void =>
        this.add(path, `${def.label.id}: ${id}`, `${def.label.en}: ${en}`);
      switch (def.type) {
        case 'text': {
          const max = def.maxLength ?? 500;
          if (typeof value !== 'string') wrongType('harus berupa teks.', 'must be text.');
          else {
            const text = this.text(value, path, def.label, { required: Boolean(def.required), max });
            if (text !== null) out[def.id] = text;
          }
          break;
        }
        case 'number':
          if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
            wrongType('harus berupa angka tidak negatif.', 'must be a non-negative number.');
          else out[def.id] = value;
          break;
        case 'boolean':
          if (typeof value !== 'boolean') wrongType('harus ya/tidak.', 'must be yes/no.');
          else out[def.id] = value;
          break;
        case 'date':
          if (typeof value !== 'string' || !parseIsoDate(value))
            wrongType('harus berupa tanggal TTTT-BB-HH.', 'must be a date YYYY-MM-DD.');
          else out[def.id] = value;
          break;
        case 'locations': {
          const points = this.locations(value, path, def);
          if (points) out[def.id] = points;
          break;
        }
        case 'choice':
          if (typeof value !== 'string' || !def.options?.some((o) => o.value === value))
            wrongType(
              `pilih salah satu: ${def.options?.map((o) => o.value).join(', ')}.`,
              `choose one of: ${def.options?.map((o) => o.value).join(', ')}.`,
            );
          else out[def.id] = value;
          break;
      }
    }
    return out;
  }
}
