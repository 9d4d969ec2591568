import net from 'node:net';

/**
 * Linux hands out ports from 32768 up (`ip_local_port_range`) to every `listen(0)` and every
 * outgoing connection: a port a test chose by chance in that range can be taken, between its
 * choice and its use, by another test's server. A test that must name a port before it starts
 * something (the embedded PostgreSQL, a server restarted on the same port) takes one below it.
 */
const FIRST = 20_000;
const LAST = 32_000;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A port that is free now, chosen at random below the range the system gives out by itself. */
export async function fixedPort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = FIRST + Math.floor(Math.random() * (LAST - FIRST));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port between ${FIRST} and ${LAST} after 50 tries`);
}
