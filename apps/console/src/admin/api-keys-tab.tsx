import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { ApiKeyScope, ApiKeyStatus } from '../gql/graphql';
import {
  AdminApiKeysQuery,
  AdminOrgUnitsQuery,
  CreateApiKeyMutation,
  RevokeApiKeyMutation,
  RotateApiKeyMutation,
} from '../graphql/operations';
import { DEFAULT_TIME_ZONE, formatDate, formatDateTime, localDateInput } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { DateField } from '../ui/date-field';
import { TextField } from '../ui/field';
import { Skeleton } from '../ui/skeleton';
import { UnitSelect } from './unit-select';
import { adminText, type AdminWord } from './admin-text';
import { ConfirmButton, SecretOrForm, type ShownSecret } from './secret-once';

/** Units whose systems may hold a key (the server's apiClientRole). */
const KEY_UNIT_KINDS = new Set(['OPD', 'POLICE', 'PUSKESMAS', 'PUSTU', 'POSYANDU']);
const YEAR_MS = 365 * 86_400_000;
const statusWord = (status: ApiKeyStatus): AdminWord => `status${status}` as AdminWord;

/** API keys of OPD systems: create (the secret shown once), list, revoke. */
export function ApiKeysTab({ now = new Date() }: { now?: Date }) {
  const { t, text, locale } = useI18n();
  const keys = useQuery(AdminApiKeysQuery);
  const units = useQuery(AdminOrgUnitsQuery);
  const [revoke, revoking] = useMutation(RevokeApiKeyMutation);
  // no-cache: the new secret must not stay in Apollo's cache after it is dismissed.
  const [rotate, rotating] = useMutation(RotateApiKeyMutation, { fetchPolicy: 'no-cache' });
  const [secret, setSecret] = useState<ShownSecret | null>(null);
  const keyUnits = (units.data?.orgUnits ?? []).filter((u) => KEY_UNIT_KINDS.has(u.kind));
  const list = keys.data?.apiKeys ?? [];
  return (
    <div className="stack">
      <SecretOrForm secret={secret} onDone={() => setSecret(null)}>
        <CreateKeyForm
          units={keyUnits}
          now={now}
          onCreated={(name, value) => {
            setSecret({ name, value });
            void keys.refetch();
          }}
        />
      </SecretOrForm>
      <section className="panel" aria-labelledby="keys-title">
        <h2 id="keys-title">{text(adminText('keysList'))}</h2>
        <ErrorMessage error={keys.error ?? revoking.error ?? rotating.error} />
        {keys.loading && !keys.data ? (
          <Skeleton lines={3} label={t('app.loading')} />
        ) : list.length === 0 ? (
          <p className="muted">{text(adminText('noKeys'))}</p>
        ) : (
          <ul className="card-list">
            {list.map((k) => (
              <li key={k.id} className="card">
                <p className="card__title">
                  {k.name} <span className="tag">{text(adminText(statusWord(k.status)))}</span>{' '}
                  <span className="tag">{k.scope}</span>
                </p>
                <p className="card__meta">
                  {k.orgUnit.name} · <code>{k.prefix}…</code>
                </p>
                <p className="card__meta">
                  {text(adminText('until', { date: formatDate(k.expiresAt, DEFAULT_TIME_ZONE, locale) }))} ·{' '}
                  {k.lastUsedAt
                    ? text(adminText('lastUsed', { when: formatDateTime(k.lastUsedAt, DEFAULT_TIME_ZONE, locale) }))
                    : text(adminText('neverUsed'))}
                </p>
                {k.status === 'ACTIVE' && (
                  <ConfirmButton
                    label={text(adminText('rotate'))}
                    describedAs={text(adminText('rotateKeyLabel', { name: k.name }))}
                    question={text(adminText('confirmRotateKey', { name: k.name }))}
                    disabled={rotating.loading}
                    onConfirmed={() => {
                      rotate({ variables: { id: k.id, expiresAt: new Date(now.getTime() + YEAR_MS).toISOString() } })
                        .then((res) => {
                          const created = res.data?.rotateApiKey;
                          if (created) setSecret({ name: created.apiKey.name, value: created.secret });
                          void keys.refetch();
                        })
                        .catch(() => {});
                    }}
                  />
                )}
                {k.status === 'ACTIVE' && (
                  <ConfirmButton
                    label={text(adminText('revoke'))}
                    describedAs={text(adminText('revokeKeyLabel', { name: k.name }))}
                    question={text(adminText('confirmRevokeKey', { name: k.name }))}
                    disabled={revoking.loading}
                    onConfirmed={() => void revoke({ variables: { id: k.id } }).catch(() => {})}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function CreateKeyForm({
  units,
  now,
  onCreated,
}: {
  units: ReadonlyArray<{ id: string; name: string }>;
  now: Date;
  onCreated(name: string, secret: string): void;
}) {
  const { text } = useI18n();
  const [name, setName] = useState('');
  const [unitId, setUnitId] = useState('');
  const [scope, setScope] = useState<ApiKeyScope>('READ');
  const [expires, setExpires] = useState(() =>
    localDateInput(new Date(now.getTime() + 180 * 86_400_000), DEFAULT_TIME_ZONE),
  );
  // no-cache: the secret must not stay in Apollo's cache after it is dismissed.
  const [create, { loading, error }] = useMutation(CreateApiKeyMutation, { fetchPolicy: 'no-cache' });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      // The end of the chosen day in WIB.
      const res = await create({
        variables: {
          orgUnitId: unitId,
          name,
          scope,
          expiresAt: new Date(`${expires}T23:59:59+07:00`).toISOString(),
        },
      });
      const created = res.data?.createApiKey;
      if (created) {
        setName('');
        onCreated(created.apiKey.name, created.secret);
      }
    } catch {
      // Shown by ErrorMessage.
    }
  };
  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} aria-labelledby="new-key-title">
      <h2 id="new-key-title">{text(adminText('newKey'))}</h2>
      <TextField
        label={text(adminText('keyName'))}
        hint={text(adminText('keyNameHint'))}
        value={name}
        onValue={setName}
        required
      />
      <UnitSelect
        label={text(adminText('keyUnit'))}
        empty={text(adminText('chooseUnit'))}
        units={units.map((u) => ({ id: u.id, name: u.name }))}
        value={unitId}
        onChange={setUnitId}
        required
      />
      <label className="field">
        <span>{text(adminText('keyScope'))}</span>
        <select value={scope} onChange={(e) => setScope(e.target.value as ApiKeyScope)}>
          <option value="READ">{text(adminText('scopeREAD'))}</option>
          <option value="ACT">{text(adminText('scopeACT'))}</option>
        </select>
      </label>
      <DateField
        label={text(adminText('expiresAt'))}
        value={expires}
        onValue={setExpires}
        min={localDateInput(now, DEFAULT_TIME_ZONE)}
        required
      />
      <ErrorMessage error={error} />
      <button type="submit" className="button button--primary" disabled={loading || !unitId}>
        {text(adminText('createKey'))}
      </button>
    </form>
  );
}
