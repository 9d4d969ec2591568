import pino from 'pino';

/** A `pg` client or pool, as far as a log needs it: where it connects, never its sockets and buffers. */
function describeDatabaseClient(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const client = value as { host?: unknown; port?: unknown; database?: unknown; constructor?: { name?: string } };
  return {
    type: client.constructor?.name ?? 'object',
    host: client.host,
    port: client.port,
    database: client.database,
  };
}

/**
 * The error serialiser: code, message, stack and cause; a `client` or `connection` property that
 * `pg` attaches to its errors (a whole client object with its socket) is reduced to where it
 * connects. Without this, the event feed's lost-connection warning on SIGTERM dumped the client.
 */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of ['client', 'connection', 'pool', 'socket', '_events']) {
    if (key in serialized) serialized[key] = describeDatabaseClient(serialized[key]);
  }
  return serialized;
}

export const logSerializers = {
  err: serializeError,
  error: serializeError,
  client: describeDatabaseClient,
};
