import type { StartupFault } from './startup-check.js';

/** One fault as lines: `[check] subject — CODE: message`, then the remedy indented. */
export function faultLines(fault: StartupFault, index: number): string[] {
  const lines = [`  ${index + 1}. [${fault.check}] ${fault.subject} — ${fault.code}: ${fault.message}`];
  if (fault.translation) lines.push(`     (id) ${fault.translation}`);
  if (fault.remedy) lines.push(`     → ${fault.remedy}`);
  return lines;
}

/**
 * The assembled system cannot work: every fault of every start-up check, each named.
 * Its message is plain multi-line text for a terminal; `faults` is the structured form
 * (the JSON log of a failed start carries it as an array, never as escaped text).
 */
export class StartupError extends Error {
  readonly faults: readonly StartupFault[];
  constructor(faults: readonly StartupFault[]) {
    const count = faults.length === 1 ? '1 problem' : `${faults.length} problems`;
    super(
      [
        `The configuration cannot work (${count}); the server will not start.`,
        `Konfigurasi tidak dapat berjalan (${faults.length} masalah); server tidak dijalankan.`,
        ...faults.flatMap(faultLines),
      ].join('\n'),
    );
    this.name = 'StartupError';
    this.faults = faults;
  }
}
