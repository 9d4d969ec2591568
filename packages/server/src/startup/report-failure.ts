import type { Logger } from 'pino';
import { ConfigError } from '../config.js';
import { FileStoreUnavailableError } from '../files/file-store.js';
import type { LogFormat } from '../logger.js';
import type { StartupFault } from './startup-check.js';
import { faultLines, StartupError } from './startup-error.js';

/**
 * What stopped the start, as faults: a StartupError's own, one per wrong environment variable,
 * or the unexpected error itself (a bug: its stack goes to the log).
 */
export function startupFaultsOf(error: unknown): StartupFault[] {
  if (error instanceof StartupError) return [...error.faults];
  if (error instanceof ConfigError) {
    return error.issues.map((issue) => ({
      check: 'config',
      subject: issue.variable,
      code: 'INVALID_SETTING',
      message: issue.message,
      remedy: `fix ${issue.variable} in the environment (README, Configuration)`,
    }));
  }
  if (error instanceof FileStoreUnavailableError) {
    return [
      {
        check: 'files',
        subject: 'file store',
        code: 'FILE_STORE_UNAVAILABLE',
        message: error.messages.en,
        translation: error.messages.id,
      },
    ];
  }
  return [
    {
      check: 'start-up',
      subject: error instanceof Error ? error.name : 'error',
      code: 'UNEXPECTED',
      message: error instanceof Error ? error.message : String(error),
      remedy: 'not a known configuration problem: the stack trace above says where it happened; please report it',
    },
  ];
}

/** The faults as plain lines for a terminal: a bilingual header, then each fault and what to do. */
export function formatStartupFailure(faults: readonly StartupFault[]): string {
  return [
    `posyandu-spm could not start / posyandu-spm gagal dijalankan (${faults.length === 1 ? '1 problem' : `${faults.length} problems`}):`,
    ...faults.flatMap(faultLines),
  ].join('\n');
}

/**
 * Tells the operator why the start failed and what to do. JSON logs get one `fatal` line with
 * the faults as an array (never a message with escaped newlines); text goes to stderr as
 * readable lines. An unexpected error also logs its stack.
 */
export function reportStartupFailure(error: unknown, options: { log?: Logger; format: LogFormat }): void {
  const faults = startupFaultsOf(error);
  const unexpected = faults.some((f) => f.code === 'UNEXPECTED');
  if (options.format === 'json' && options.log) {
    options.log.fatal(
      { faults, ...(unexpected ? { err: error } : {}) },
      `start-up failed: ${faults.map((f) => `${f.subject}: ${f.message}`).join('; ')}`,
    );
    return;
  }
  if (unexpected && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n\n`);
  process.stderr.write(`${formatStartupFailure(faults)}\n`);
}
