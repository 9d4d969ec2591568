/**
 * Starts loading the page chunk of the first screen as soon as the entry runs, so it arrives
 * while the kept cache is read from IndexedDB; `React.lazy` in app.tsx then finds the module
 * loaded (the browser keeps one copy of each module). Only the screens people open the app on.
 */
export function warmRoute(path: string, loggedIn: boolean): void {
  if (!loggedIn) return;
  if (path === '/') void import('./queue/queue.page');
  else if (path === '/kasus-baru') void import('./wizard/new-case.page');
  else if (path.startsWith('/kasus/')) void import('./case/case.page');
  else if (path === '/kirim') void import('./offline/outbox.page');
}
