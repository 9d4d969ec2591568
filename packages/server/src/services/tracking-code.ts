import { randomInt } from 'node:crypto';

/** Crockford's base32 without I, L, O, U: nothing a citizen can misread on a receipt. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `SPM-7K2M-QX9D`: 40 random bits, so codes cannot be guessed or enumerated. */
export function newTrackingCode(): string {
  let chars = '';
  for (let i = 0; i < 8; i += 1) chars += ALPHABET[randomInt(ALPHABET.length)];
  return `SPM-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

/** Accepts lower case, spaces and the look-alikes O→0, I/L→1. */
export function normalizeTrackingCode(raw: string): string {
  const compact = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const body = compact.startsWith('SPM') ? compact.slice(3) : compact;
  return body.length === 8 ? `SPM-${body.slice(0, 4)}-${body.slice(4)}` : raw.trim().toUpperCase();
}
