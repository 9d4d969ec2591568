/**
 * The raw side of `pnpm bench live-events`: the least a live fan-out can do. One LISTEN
 * connection; each notification's payload (the finished message, serialised once by the
 * producer's transaction) is written as it is to every open socket. No access check, no
 * GraphQL, no database read. Prints `port <n>` when ready.
 *
 * Run: node --import tsx test/bench/raw-broadcast.ts <database url> [port]
 */
import pg from 'pg';
import { WebSocketServer, WebSocket } from 'ws';

const RAW_CHANNEL = 'bench_raw_events';

async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url) throw new Error('usage: raw-broadcast.ts <database url>');
  const server = new WebSocketServer({ host: '127.0.0.1', port: Number(process.argv[3] ?? 0) });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const listener = new pg.Client({ connectionString: url });
  await listener.connect();
  listener.on('notification', (n) => {
    const message = n.payload ?? '';
    for (const socket of server.clients) if (socket.readyState === WebSocket.OPEN) socket.send(message);
  });
  await listener.query(`listen ${RAW_CHANNEL}`);
  const address = server.address();
  process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
  process.on('SIGTERM', () => {
    void listener.end().finally(() => server.close(() => process.exit(0)));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
