/** True when `code` is `ancestor` itself or lies inside it (Kepmendagri codes: 33 › 33.10 › 33.10.05 › 33.10.05.2018). */
export function encloses(ancestor: string, code: string): boolean {
  return ancestor !== '' && (code === ancestor || code.startsWith(`${ancestor}.`));
}

export interface OrgTreeNode<U> {
  unit: U;
  children: Array<OrgTreeNode<U>>;
}

/**
 * The units as the escalation tree: each under its parent, roots being units whose parent is not in
 * the list (the kabupaten government, or a unit whose parent lies outside the admin's area).
 * Children are ordered by area code, then name, as the server lists them.
 */
export function orgTree<U extends { id: string; parent?: { id: string } | null }>(
  units: readonly U[],
): Array<OrgTreeNode<U>> {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, children: [] } as OrgTreeNode<U>]));
  const roots: Array<OrgTreeNode<U>> = [];
  for (const u of units) {
    const node = nodes.get(u.id) as OrgTreeNode<U>;
    const parent = u.parent ? nodes.get(u.parent.id) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
