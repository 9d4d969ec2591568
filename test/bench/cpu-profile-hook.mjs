// Loaded with NODE_OPTIONS="--import …/cpu-profile-hook.mjs" by `pnpm bench live-events` when
// BENCH_PROFILE_DIR is set (Node refuses --cpu-prof in NODE_OPTIONS): profiles the process and
// writes <dir>/<pid>.cpuprofile after BENCH_PROFILE_SECONDS (default 120) or at exit, whichever
// comes first (open it in Chrome DevTools, Performance).
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

const dir = process.env.BENCH_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // A same-thread session answers synchronously, so this works in an exit handler too.
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(`${dir}/${process.pid}.cpuprofile`, JSON.stringify(result.profile));
    });
  };
  setTimeout(write, Number(process.env.BENCH_PROFILE_SECONDS ?? 120) * 1000).unref();
  process.on('exit', write);
}
