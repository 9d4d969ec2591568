import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { WebhookDeliveryStatus } from '../gql/graphql';
import {
  AdminOrgUnitsQuery,
  AdminWebhooksQuery,
  CreateWebhookMutation,
  DisableWebhookMutation,
  ReplayWebhookMutation,
  WebhookDeliveriesQuery,
} from '../graphql/operations';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import { Skeleton } from '../ui/skeleton';
import { adminText, type AdminWord } from './admin-text';
import { ConfirmButton, SecretOrForm, type ShownSecret } from './secret-once';
import { UnitSelect } from './unit-select';

/** Units whose systems may hold a key, and so receive their cases' events (the server's apiClientRole). */
const HOOK_UNIT_KINDS = new Set(['OPD', 'POLICE', 'PUSKESMAS', 'PUSTU', 'POSYANDU']);
const deliveryWord = (status: WebhookDeliveryStatus): AdminWord => `delivery${status}` as AdminWord;

/**
 * Signed webhooks per unit: create one (URL, events; the signing secret shown once), see what is
 * pending or dead, read the delivery log of an endpoint, replay a dead letter, disable it.
 */
export function WebhooksTab() {
  const { t, text } = useI18n();
  const hooks = useQuery(AdminWebhooksQuery, { fetchPolicy: 'cache-and-network' });
  const units = useQuery(AdminOrgUnitsQuery);
  const [disable, disabling] = useMutation(DisableWebhookMutation);
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const list = hooks.data?.webhookEndpoints ?? [];
  const hookUnits = (units.data?.orgUnits ?? []).filter((u) => HOOK_UNIT_KINDS.has(u.kind));
  return (
    <div className="stack">
      <SecretOrForm
        secret={secret}
        title={text(adminText('webhookSecretTitle'))}
        warning={text(adminText('webhookSecretWarning'))}
        onDone={() => setSecret(null)}
      >
        <CreateWebhookForm
          units={hookUnits}
          eventTypes={hooks.data?.webhookEventTypes ?? []}
          onCreated={(name, value) => {
            setSecret({ name, value });
            void hooks.refetch();
          }}
        />
      </SecretOrForm>
      <section className="panel" aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">{text(adminText('webhooksList'))}</h2>
        <ErrorMessage error={hooks.error ?? disabling.error} />
        {hooks.loading && !hooks.data ? (
          <Skeleton lines={3} label={t('app.loading')} />
        ) : list.length === 0 ? (
          <p className="muted">{text(adminText('noWebhooks'))}</p>
        ) : (
          <ul className="card-list">
            {list.map((h) => (
              <li key={h.id} className="card">
                <p className="card__title">
                  {h.description} {h.disabledAt && <span className="tag">{text(adminText('webhookDisabled'))}</span>}
                </p>
                <p className="card__meta">
                  {h.orgUnit.name} · <code>{h.url}</code>
                </p>
                <p className="card__meta">
                  {(h.eventTypes ?? [text(adminText('webhookAllEvents'))]).join(', ')} ·{' '}
                  {text(adminText('webhookCounts', { pending: String(h.pendingCount), dead: String(h.deadCount) }))}
                </p>
                <div className="row">
                  <button
                    type="button"
                    className="button button--small"
                    aria-expanded={open === h.id}
                    aria-label={text(adminText('showDeliveriesLabel', { url: h.url }))}
                    onClick={() => setOpen(open === h.id ? null : h.id)}
                  >
                    {text(adminText(open === h.id ? 'hideDeliveries' : 'showDeliveries'))}
                  </button>
                  {!h.disabledAt && (
                    <ConfirmButton
                      label={text(adminText('disableWebhook'))}
                      describedAs={text(adminText('disableWebhookLabel', { url: h.url }))}
                      question={text(adminText('confirmDisableWebhook', { url: h.url }))}
                      disabled={disabling.loading}
                      onConfirmed={() => void disable({ variables: { id: h.id } }).catch(() => {})}
                    />
                  )}
                </div>
                {open === h.id && <DeliveryLog endpointId={h.id} onReplayed={() => void hooks.refetch()} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** The last deliveries of one endpoint, newest first, with the replay button on dead letters. */
function DeliveryLog({ endpointId, onReplayed }: { endpointId: string; onReplayed(): void }) {
  const { t, text, locale } = useI18n();
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const log = useQuery(WebhookDeliveriesQuery, {
    variables: { endpointId, status: status || null },
    fetchPolicy: 'network-only',
  });
  const [replay, replaying] = useMutation(ReplayWebhookMutation);
  const rows = log.data?.webhookDeliveries ?? [];
  return (
    <div className="stack">
      <label className="field">
        <span>{text(adminText('showDeliveries'))}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as WebhookDeliveryStatus | '')}>
          <option value="">{text(adminText('webhookAllEvents'))}</option>
          <option value="PENDING">{text(adminText('deliveryPENDING'))}</option>
          <option value="DELIVERED">{text(adminText('deliveryDELIVERED'))}</option>
          <option value="DEAD">{text(adminText('deliveryDEAD'))}</option>
        </select>
      </label>
      <ErrorMessage error={log.error ?? replaying.error} />
      {log.loading && !log.data ? (
        <Skeleton lines={2} label={t('app.loading')} />
      ) : rows.length === 0 ? (
        <p className="muted">{text(adminText('noDeliveries'))}</p>
      ) : (
        <ul className="card-list">
          {rows.map((d) => (
            <li key={d.id} className="card">
              <p className="card__title">
                <code>{d.eventType}</code> <span className="tag">{text(adminText(deliveryWord(d.status)))}</span>
              </p>
              <p className="card__meta">
                <code>{d.webhookId}</code> · {formatDateTime(d.createdAt, DEFAULT_TIME_ZONE, locale)} ·{' '}
                {text(
                  adminText('deliveryLine', {
                    attempts: String(d.attempts),
                    status: d.lastStatus ? String(d.lastStatus) : (d.lastError ?? '—'),
                  }),
                )}
              </p>
              {d.status === 'DEAD' && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={text(adminText('replayLabel', { id: d.webhookId }))}
                  disabled={replaying.loading}
                  onClick={() => {
                    replay({ variables: { id: d.id } })
                      .then(() => {
                        onReplayed();
                        return log.refetch();
                      })
                      .catch(() => {});
                  }}
                >
                  {text(adminText('replay'))}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CreateWebhookForm({
  units,
  eventTypes,
  onCreated,
}: {
  units: ReadonlyArray<{ id: string; name: string }>;
  eventTypes: readonly string[];
  onCreated(name: string, secret: string): void;
}) {
  const { text } = useI18n();
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [unitId, setUnitId] = useState('');
  const [all, setAll] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  // no-cache: the secret must not stay in Apollo's cache after it is dismissed.
  const [create, { loading, error }] = useMutation(CreateWebhookMutation, { fetchPolicy: 'no-cache' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const res = await create({
        variables: {
          orgUnitId: unitId,
          url: url.trim(),
          description: description.trim(),
          eventTypes: all ? null : chosen,
        },
      });
      const created = res.data?.createWebhookEndpoint;
      if (created) {
        setUrl('');
        setDescription('');
        onCreated(created.endpoint.description, created.secret);
      }
    } catch {
      // Shown by ErrorMessage.
    }
  };
  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} aria-labelledby="new-webhook-title">
      <h2 id="new-webhook-title">{text(adminText('newWebhook'))}</h2>
      <UnitSelect
        label={text(adminText('webhookUnit'))}
        empty={text(adminText('chooseUnit'))}
        units={units.map((u) => ({ id: u.id, name: u.name }))}
        value={unitId}
        onChange={setUnitId}
        required
      />
      <TextField
        label={text(adminText('webhookUrl'))}
        hint={text(adminText('webhookUrlHint'))}
        type="url"
        inputMode="url"
        value={url}
        onValue={setUrl}
        required
      />
      <TextField label={text(adminText('webhookDescription'))} value={description} onValue={setDescription} required />
      <fieldset className="form">
        <legend>{text(adminText('webhookEvents'))}</legend>
        <label className="choice">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          {text(adminText('webhookAllEvents'))}
        </label>
        {!all &&
          eventTypes.map((type) => (
            <label key={type} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(type)}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, type] : chosen.filter((c) => c !== type))}
              />
              <code>{type}</code>
            </label>
          ))}
      </fieldset>
      <ErrorMessage error={error} />
      <button
        type="submit"
        className="button button--primary"
        disabled={loading || !unitId || (!all && chosen.length === 0)}
      >
        {text(adminText('createWebhook'))}
      </button>
    </form>
  );
}
