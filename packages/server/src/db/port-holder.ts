import { readFileSync, readdirSync, readlinkSync } from 'node:fs';

/**
 * Who listens on a TCP port, read from Linux's /proc (nothing to install): for a start-up error
 * that names the process in the way ("pid 812: postgres -D /srv/posyandu/pg") instead of leaving
 * the operator to guess. Elsewhere (macOS, a container without /proc) it says nothing.
 */

/** The socket inodes listening on `port` (state 0A = LISTEN) in /proc/net/tcp and tcp6. */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      if (!local || fields[3] !== '0A') continue;
      if (Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port && fields[9]) inodes.add(fields[9]);
    }
  }
  return inodes;
}

/** The arguments of `pid` as the kernel holds them, or undefined when it is gone (or there is no /proc). */
export function commandArguments(pid: number): string[] | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return undefined;
  }
}

/** The running processes, as pids, from /proc (empty where there is no /proc). */
export function processIds(): number[] {
  try {
    return readdirSync('/proc').flatMap((name) => (/^\d+$/.test(name) ? [Number(name)] : []));
  } catch {
    return [];
  }
}

/** "pid 812: postgres -D /srv/pg -p 5433" for the process listening on `port`, when this user may see it. */
export function describePortHolder(port: number): string | undefined {
  const inodes = listeningInodes(port);
  if (!inodes.size) return undefined;
  for (const pid of processIds()) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or another user's
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode))
        return `pid ${pid}: ${commandArguments(pid)?.filter(Boolean).join(' ') ?? 'unknown command'}`;
    }
  }
  return undefined;
}
