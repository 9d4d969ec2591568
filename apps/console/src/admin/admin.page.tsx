import { useRef, useState, type KeyboardEvent } from 'react';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { Skeleton } from '../ui/skeleton';
import { adminText, type AdminWord } from './admin-text';
import { ApiKeysTab } from './api-keys-tab';
import { EscalationTab } from './escalation-tab';
import { HolidaysTab } from './holidays-tab';
import { MessagesTab } from './messages-tab';
import { OrgUnitsTab } from './org-units-tab';
import { UsersTab } from './users-tab';
import { WebhooksTab } from './webhooks-tab';

const TABS: Array<{ id: string; label: AdminWord }> = [
  { id: 'users', label: 'tabUsers' },
  { id: 'units', label: 'tabUnits' },
  { id: 'holidays', label: 'tabHolidays' },
  { id: 'keys', label: 'tabKeys' },
  { id: 'escalation', label: 'tabEscalation' },
  { id: 'webhooks', label: 'tabWebhooks' },
  { id: 'messages', label: 'tabMessages' },
];

/**
 * Admin: users and roles, org units, holidays, API keys, the escalation chain, webhooks and failed
 * messages of the admin's kabupaten (a lazy route chunk).
 */
export default function AdminPage() {
  const { t, text } = useI18n();
  const auth = useAuth();
  const [tab, setTab] = useState(0);
  const tabRefs = useRef<Array<HTMLButtonElement | null>>([]);
  if (auth.loading) return <Skeleton lines={5} label={t('app.loading')} />;
  const adminUnits = (auth.me?.memberships ?? []).filter((m) => m.role === 'ADMIN').map((m) => m.orgUnit);
  if (!adminUnits.length) {
    return (
      <p className="alert alert--warning" role="alert">
        {text(adminText('notAdmin'))}
      </p>
    );
  }
  const areaCode = adminUnits[0]?.areaCode ?? '';
  // The WAI-ARIA tabs pattern: arrows move between tabs, Home/End jump.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -tab, End: TABS.length - 1 - tab };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = (tab + move + TABS.length) % TABS.length;
    setTab(next);
    tabRefs.current[next]?.focus();
  };
  const current = TABS[tab] ?? TABS[0]!;
  return (
    <section className="admin">
      <div className="page__head">
        <h1>{text(adminText('title'))}</h1>
        <p className="muted">{text(adminText('subtitle', { area: adminUnits.map((u) => u.name).join(', ') }))}</p>
      </div>
      <div role="tablist" aria-label={text(adminText('title'))} className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((item, i) => (
          <button
            key={item.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`admin-tab-${item.id}`}
            aria-selected={i === tab}
            aria-controls={`admin-panel-${item.id}`}
            tabIndex={i === tab ? 0 : -1}
            className={i === tab ? 'tab tab--current' : 'tab'}
            onClick={() => setTab(i)}
          >
            {text(adminText(item.label))}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`admin-panel-${current.id}`} aria-labelledby={`admin-tab-${current.id}`} tabIndex={0}>
        {current.id === 'users' && <UsersTab />}
        {current.id === 'units' && <OrgUnitsTab />}
        {current.id === 'holidays' && <HolidaysTab areaCode={areaCode} />}
        {current.id === 'keys' && <ApiKeysTab />}
        {current.id === 'escalation' && <EscalationTab />}
        {current.id === 'webhooks' && <WebhooksTab />}
        {current.id === 'messages' && <MessagesTab />}
      </div>
    </section>
  );
}
