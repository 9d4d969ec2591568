import type { LmsRow } from './who-tables.js';

/**
 * The LMS formulas of the WHO Child Growth Standards ("Computation of centiles
 * and z-scores", WHO 2006, chapter 7; the same code as `compute_zscore` and
 * `compute_zscore_adjusted` in WHO's R package anthro, R/z-score-helper.R).
 * No rounding here: callers round once, at the end.
 */

/** z = ((y/M)^L − 1) / (S·L); the L = 0 limit is ln(y/M)/S (no WHO table row has L = 0, but stay defined). */
export function lmsZScore(y: number, { l, m, s }: LmsRow): number {
  if (l === 0) return Math.log(y / m) / s;
  return ((y / m) ** l - 1) / (s * l);
}

/** The measurement at `k` SD: M·(1 + L·S·k)^(1/L). */
export function lmsValueAt(k: number, { l, m, s }: LmsRow): number {
  if (l === 0) return m * Math.exp(s * k);
  return m * (1 + l * s * k) ** (1 / l);
}

/**
 * WHO's restricted method for the weight-based indicators. Their distributions
 * are skewed to the right, and the LMS curve beyond ±3 SD would stretch or
 * squeeze the tails; WHO instead extends the tail linearly with the distance
 * between the 2 and 3 SD lines:
 * z > 3 → 3 + (y − SD3)/(SD3 − SD2); z < −3 → −3 + (y − SD−3)/(SD−2 − SD−3).
 */
export function restrictedLmsZScore(y: number, row: LmsRow): number {
  const z = lmsZScore(y, row);
  if (z > 3) {
    const sd3 = lmsValueAt(3, row);
    return 3 + (y - sd3) / (sd3 - lmsValueAt(2, row));
  }
  if (z < -3) {
    const sd3neg = lmsValueAt(-3, row);
    return -3 + (y - sd3neg) / (lmsValueAt(-2, row) - sd3neg);
  }
  return z;
}

/** Linear interpolation of L, M and S between two rows (WHO's rule for lengths between the 0.1 cm rows). */
export function interpolateLms(a: LmsRow, b: LmsRow, fraction: number): LmsRow {
  return {
    l: a.l + fraction * (b.l - a.l),
    m: a.m + fraction * (b.m - a.m),
    s: a.s + fraction * (b.s - a.s),
  };
}

/**
 * Rounds to 2 decimals, half away from zero. The tiny nudge absorbs binary
 * noise (1.005 is stored as 1.00499…), so a value that is a tie in decimal
 * rounds like a person would round it. Never returns −0.
 */
export function round2(x: number): number {
  const r = (Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9)) / 100;
  return r === 0 ? 0 : r;
}
