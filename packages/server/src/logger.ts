import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';
import { logSerializers } from './log-serializers.js';

/** `json`: one object per line on stdout, for a log collector; `text`: readable lines for a person at a terminal. */
export type LogFormat = 'json' | 'text';

/** The default format: text when a person watches the terminal, JSON when the output goes to a file or a collector. */
export function defaultLogFormat(): LogFormat {
  return process.stdout.isTTY ? 'text' : 'json';
}

/**
 * The server's logs. Errors, database clients and requests go through serialisers that keep
 * what helps (code, message, stack, host) and never dump an object's internals.
 */
export function createLogger(level: string, format: LogFormat = 'json'): Logger {
  const options = {
    level,
    base: { service: 'posyandu-spm' },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: logSerializers,
  };
  if (format === 'json') return pino(options);
  // Synchronous on stdout: a fatal start-up message must be written before the process exits.
  return pino(options, pretty({ sync: true, colorize: Boolean(process.stdout.isTTY), ignore: 'service,pid,hostname' }));
}
