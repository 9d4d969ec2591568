/**
 * The console address of a person's page (history and growth chart). Open-day screens link a
 * visitor's name here: `<Link href={personHref(visit.person.id)}>`.
 */
export function personHref(personId: string): string {
  return `/orang/${encodeURIComponent(personId)}`;
}
