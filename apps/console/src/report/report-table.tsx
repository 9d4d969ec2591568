import type { ReactNode } from 'react';
import { Link } from '../router/router';
import { useI18n } from '../i18n/i18n';
import { reportText } from './report-text';

/** A wide table in a region the keyboard can scroll: focusable, named (axe: scrollable-region-focusable). */
export function ScrollTable({
  caption,
  head,
  children,
  id,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  const { text } = useI18n();
  return (
    <div
      className="table-scroll"
      role="region"
      tabIndex={0}
      aria-label={text(reportText('tableRegion', { name: caption }))}
      id={id}
    >
      <table className="report-table">
        <caption>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * A count of the report as a link to the cases behind it (the case list with the row's filters);
 * its name starts with the number shown, then says what it counts (WCAG 2.5.3). Zero is plain text.
 */
export function CountLink({ count, href, what }: { count: number | null | undefined; href: string; what: string }) {
  if (count === null || count === undefined) return <>–</>;
  if (count === 0) return <>0</>;
  return (
    <Link href={href} aria-label={`${count} — ${what}`} className="count-link">
      {count}
    </Link>
  );
}
