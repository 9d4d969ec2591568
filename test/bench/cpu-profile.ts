/**
 * A V8 CPU profile of a stretch of this process, and where its time went by package.
 *
 *   const stop = await startCpuProfile();
 *   …work…
 *   const profile = await stop();           // write it to a .cpuprofile for Chrome DevTools
 *   console.table(timeByPackage(profile));  // self time per package, largest first
 *
 * `tsx test/bench/cpu-profile.ts <file.cpuprofile>` prints the same table for a profile on disk
 * (e.g. one written by `node --cpu-prof` or by cpu-profile-hook.mjs).
 */
import { readFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector';
import { fileURLToPath } from 'node:url';

export async function startCpuProfile(intervalMicros = 500): Promise<() => Promise<Profiler.Profile>> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: intervalMicros });
  await post('Profiler.start');
  return async () => {
    const { profile } = await post<{ profile: Profiler.Profile }>('Profiler.stop');
    session.disconnect();
    return profile;
  };
}

/** The package (or part of Node / V8) a function's script belongs to. */
export function packageOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') return functionName;
    return 'native (V8 builtins)';
  }
  const inModules = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules?.[1]) return inModules[1];
  if (url.startsWith('node:internal/deps/undici')) return 'node: undici (fetch, the bench client)';
  if (url.startsWith('node:')) {
    const part = /^node:(?:internal\/)?([^/]+)/.exec(url)?.[1] ?? 'other';
    return `node: ${part}`;
  }
  const workspace = /\/(packages|plugins|apps|test)\/([^/]+)\//.exec(url);
  if (workspace) return `ours: ${workspace[1]}/${workspace[2]}`;
  return 'other';
}

export interface PackageTime {
  package: string;
  ms: number;
  /** Share of the non-idle time. */
  percent: number;
}

/**
 * Self time per package over the profile, largest first; idle time left out of the shares. A V8
 * builtin (no script: JSON, regular expressions, typed arrays…) counts for the package of the
 * nearest caller that has one, so `JSON.stringify` in pg counts for pg.
 */
export function timeByPackage(profile: Profiler.Profile): { busyMs: number; idleMs: number; rows: PackageTime[] } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const packageOfNode = (id: number): string => {
    const own = byId.get(id)?.callFrame;
    if (!own) return 'other';
    const pkg = packageOf(own.url, own.functionName);
    if (pkg !== 'native (V8 builtins)') return pkg;
    for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
      const frame = byId.get(up)?.callFrame;
      if (frame?.url) return packageOf(frame.url, frame.functionName);
    }
    return pkg;
  };
  const nodePackage = new Map<number, string>();
  for (const node of profile.nodes) nodePackage.set(node.id, packageOfNode(node.id));
  const micros = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i += 1) {
    // timeDeltas[i] is the time before sample i; the time a sample stands for is the next delta.
    const spent = deltas[i + 1] ?? 0;
    const pkg = nodePackage.get(samples[i] as number) ?? 'other';
    micros.set(pkg, (micros.get(pkg) ?? 0) + spent);
  }
  const idle = micros.get('(idle)') ?? 0;
  micros.delete('(idle)');
  const busy = [...micros.values()].reduce((s, v) => s + v, 0);
  const rows = [...micros.entries()]
    .map(([pkg, us]) => ({ package: pkg, ms: Math.round(us / 100) / 10, percent: Math.round((us / busy) * 1000) / 10 }))
    .sort((a, b) => b.ms - a.ms);
  return { busyMs: Math.round(busy / 1000), idleMs: Math.round(idle / 1000), rows };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx test/bench/cpu-profile.ts <file.cpuprofile>');
  const { busyMs, idleMs, rows } = timeByPackage(JSON.parse(readFileSync(file, 'utf8')) as Profiler.Profile);
  console.log(`busy ${busyMs} ms, idle ${idleMs} ms`);
  console.table(rows.slice(0, Number(process.argv[3] ?? 30)));
}
