/** Parsing of the matrix tables written as text in authorization-matrix.test.ts. */

export const VIEWERS = [
  'kader',
  'kaderP',
  'perang',
  'kades',
  'trant',
  'camat',
  'opd',
  'opdX',
  'polisi',
  'bidan',
  'pkm',
  'admin',
  'anon',
  'apikey',
] as const;
export type ViewerId = (typeof VIEWERS)[number];

export interface Row {
  /** Everything before the first `|`, e.g. `Query.case @edu`. */
  label: string;
  /** The name before ` @`, e.g. `Query.case`. */
  name: string;
  /** The variant after ` @`, e.g. `edu` (empty when none). */
  variant: string;
  /** Further columns before the viewers (e.g. a path). */
  extra: string[];
  cells: Record<ViewerId, string>;
}

/**
 * Reads a `|`-separated table: a header naming `extraColumns` columns, then one
 * column per viewer in VIEWERS order; `#` starts a comment line.
 */
export function parseTable(text: string, extraColumns: number): Row[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const [header, ...body] = lines;
  const heads = (header ?? '').split('|').map((c) => c.trim());
  const viewerHeads = heads.slice(1 + extraColumns);
  if (viewerHeads.join(' ') !== VIEWERS.join(' ')) {
    throw new Error(`matrix header must name the viewers in order: ${VIEWERS.join(' ')}; got ${viewerHeads.join(' ')}`);
  }
  const labels = new Set<string>();
  return body.map((line) => {
    const cols = line.split('|').map((c) => c.trim());
    const label = cols[0] ?? '';
    if (cols.length !== heads.length) throw new Error(`row "${label}" has ${cols.length} columns, not ${heads.length}`);
    const key = [label, ...cols.slice(1, 1 + extraColumns)].join(' | ');
    if (labels.has(key)) throw new Error(`row "${key}" appears twice`);
    labels.add(key);
    const [name = '', variant = ''] = label.split(/\s+@/);
    const cells = Object.fromEntries(VIEWERS.map((v, i) => [v, cols[1 + extraColumns + i] ?? ''])) as Record<
      ViewerId,
      string
    >;
    return { label, name: name.trim(), variant: variant.trim(), extra: cols.slice(1, 1 + extraColumns), cells };
  });
}
