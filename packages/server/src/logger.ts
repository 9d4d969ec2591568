import pino, { type Logger } from 'pino';

/** Structured JSON logs on stdout (one object per line), for any log collector. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'posyandu-spm' }, timestamp: pino.stdTimeFunctions.isoTime });
}
