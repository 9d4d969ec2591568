/** Separators people type between digit groups (`3310 0517 …`, `0812-2900-7788`); the server drops them too. */
const SEPARATORS = /[\s.-]/g;

/** The number as sent: without the separators. Letters stay, so the server's check can refuse them (never dropped). */
export function digitsOnly(raw: string): string {
  return raw.replace(SEPARATORS, '');
}

/** How many digits a number field holds so far, for its "12 of 16 digits" hint. */
export function countDigits(raw: string): number {
  return (raw.match(/\d/g) ?? []).length;
}
