/**
 * Marks a first screen's heading for the Element Timing API: `pnpm bench console-load` reads when
 * the browser painted it (docs/performance.md). Spread onto the element: `<h1 {...FIRST_SCREEN}>`.
 */
export const FIRST_SCREEN = { elementtiming: 'first-screen' } as Record<string, string>;
