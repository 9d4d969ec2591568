import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { ManagedUserFieldsFragment, Role } from '../gql/graphql';
import {
  AdminOrgUnitsQuery,
  AdminUsersQuery,
  CreateUserMutation,
  GrantRoleMutation,
  RevokeRoleMutation,
  SetUserActiveMutation,
  SetUserNotificationSettingsMutation,
} from '../graphql/operations';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import { Skeleton } from '../ui/skeleton';
import { UnitSelect } from './unit-select';
import { NotificationSettingsForm } from '../profile/notification-settings-form';
import { adminText, type AdminWord } from './admin-text';

export const ROLES: Role[] = [
  'KADER',
  'VILLAGE_OFFICER',
  'KEPALA_DESA',
  'TRANTIBUM_OFFICER',
  'KECAMATAN_OFFICER',
  'OPD_OFFICER',
  'POLICE_OFFICER',
  'HEALTH_WORKER',
  'UNIT_HEAD',
  'SPM_COORDINATOR',
  'REGIONAL_SECRETARY',
  'ADMIN',
];

export const roleWord = (role: Role): AdminWord => `role${role}` as AdminWord;

/** Users of the admin's area: create, grant and revoke roles, deactivate. */
export function UsersTab() {
  const { t, text } = useI18n();
  const [unitFilter, setUnitFilter] = useState('');
  const units = useQuery(AdminOrgUnitsQuery);
  const users = useQuery(AdminUsersQuery, { variables: { orgUnitId: unitFilter || null } });
  const unitList = units.data?.orgUnits ?? [];
  return (
    <div className="stack">
      <CreateUserForm onCreated={() => void users.refetch()} />
      <section aria-labelledby="users-list-title" className="panel">
        <h2 id="users-list-title">{text(adminText('usersList'))}</h2>
        <label className="field">
          <span>{text(adminText('filterUnit'))}</span>
          <select value={unitFilter} onChange={(e) => setUnitFilter(e.target.value)}>
            <option value="">{text(adminText('allUnits'))}</option>
            {unitList.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        {users.error && <ErrorMessage error={users.error} onRetry={() => void users.refetch()} />}
        {users.loading && !users.data ? (
          <Skeleton lines={4} label={t('app.loading')} />
        ) : (users.data?.users ?? []).length === 0 ? (
          <p className="muted">{text(adminText('noUsers'))}</p>
        ) : (
          <ul className="card-list">
            {(users.data?.users ?? []).map((u) => (
              <UserCard key={u.id} user={u} units={unitList} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

const EMPTY_USER = { username: '', displayName: '', email: '', password: '', phone: '', language: 'id' };
const NO_CHANNELS = { whatsapp: false, sms: false, consent: false };

function CreateUserForm({ onCreated }: { onCreated(): void }) {
  const { text, t } = useI18n();
  const [form, setForm] = useState(EMPTY_USER);
  const [notices, setNotices] = useState(NO_CHANNELS);
  const [done, setDone] = useState<string | null>(null);
  const [create, { loading, error, reset }] = useMutation(CreateUserMutation);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const tick = (key: keyof typeof notices) => (checked: boolean) => setNotices((n) => ({ ...n, [key]: checked }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const { phone, language, ...account } = form;
    const email = account.email.trim() || null;
    // The notice settings go along only when the admin gave any (else the defaults: the app, and e-mail with an address).
    const notificationSettings =
      phone.trim() || notices.whatsapp || notices.sms || language !== 'id'
        ? { phone: phone.trim() || null, email: Boolean(email), language, ...notices }
        : null;
    try {
      const res = await create({ variables: { ...account, email, notificationSettings } });
      setDone(res.data?.createUser.username ?? form.username);
      setForm(EMPTY_USER);
      setNotices(NO_CHANNELS);
      reset();
      onCreated();
    } catch {
      // Shown by ErrorMessage.
    }
  };
  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} aria-labelledby="new-user-title">
      <h2 id="new-user-title">{text(adminText('newUser'))}</h2>
      <TextField
        label={text(adminText('username'))}
        hint={text(adminText('usernameHint'))}
        value={form.username}
        onValue={set('username')}
        autoComplete="off"
        autoCapitalize="none"
        required
      />
      <TextField
        label={text(adminText('displayName'))}
        value={form.displayName}
        onValue={set('displayName')}
        required
      />
      <TextField
        label={text(adminText('email'))}
        type="email"
        value={form.email}
        onValue={set('email')}
        autoComplete="off"
      />
      <TextField
        label={text(adminText('password'))}
        hint={text(adminText('passwordHint'))}
        type="password"
        value={form.password}
        onValue={set('password')}
        autoComplete="new-password"
        minLength={12}
        required
      />
      <TextField
        label={t('profile.phone')}
        hint={t('profile.phoneHint')}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        value={form.phone}
        onValue={set('phone')}
      />
      <fieldset className="field">
        <legend>{t('profile.channels')}</legend>
        <label className="choice">
          <input type="checkbox" checked={notices.whatsapp} onChange={(e) => tick('whatsapp')(e.target.checked)} />{' '}
          {t('profile.whatsapp')}
        </label>
        <label className="choice">
          <input type="checkbox" checked={notices.sms} onChange={(e) => tick('sms')(e.target.checked)} />{' '}
          {t('profile.sms')}
        </label>
      </fieldset>
      {(notices.whatsapp || notices.sms) && (
        <label className="choice">
          <input type="checkbox" checked={notices.consent} onChange={(e) => tick('consent')(e.target.checked)} />{' '}
          {t('profile.consentAdmin')}
        </label>
      )}
      <label className="field">
        <span>{t('profile.language')}</span>
        <select value={form.language} onChange={(e) => set('language')(e.target.value)}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </label>
      <ErrorMessage error={error} />
      {done && (
        <p className="alert alert--ok" role="status">
          ✓ {text(adminText('created', { name: done }))}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={loading}>
        {text(adminText('createUser'))}
      </button>
    </form>
  );
}

function UserCard({
  user,
  units,
}: {
  user: ManagedUserFieldsFragment;
  units: ReadonlyArray<{ id: string; name: string; kind: string }>;
}) {
  const { text } = useI18n();
  const [grant, granting] = useMutation(GrantRoleMutation);
  const [revoke, revoking] = useMutation(RevokeRoleMutation);
  const [setActive, activating] = useMutation(SetUserActiveMutation);
  const [setNotices, savingNotices] = useMutation(SetUserNotificationSettingsMutation);
  const [role, setRole] = useState<Role>('KADER');
  const [unitId, setUnitId] = useState('');
  const error = granting.error ?? revoking.error ?? activating.error;
  const titleId = `user-${user.id}`;
  const onGrant = async (event: FormEvent) => {
    event.preventDefault();
    if (!unitId) return;
    try {
      await grant({ variables: { userId: user.id, orgUnitId: unitId, role } });
    } catch {
      // Shown below.
    }
  };
  return (
    <li className="card" aria-labelledby={titleId}>
      <h3 id={titleId} className="card__title">
        {user.displayName} <span className="muted">({user.username})</span>{' '}
        <span className="tag">{text(adminText(user.active ? 'active' : 'inactive'))}</span>
      </h3>
      {user.email && <p className="card__meta">{user.email}</p>}
      {user.memberships.length === 0 ? (
        <p className="muted">{text(adminText('noRoles'))}</p>
      ) : (
        <ul className="plain-list">
          {user.memberships.map((m) => {
            const vars = { role: text(adminText(roleWord(m.role))), unit: m.orgUnit.name, name: user.displayName };
            return (
              <li key={`${m.role}-${m.orgUnit.id}`} className="row">
                <span>
                  {vars.role} — {m.orgUnit.name}
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={text(adminText('revokeRoleLabel', vars))}
                  disabled={revoking.loading}
                  onClick={() => {
                    if (!window.confirm(text(adminText('confirmRevokeRole', vars)))) return;
                    revoke({ variables: { userId: user.id, orgUnitId: m.orgUnit.id, role: m.role } }).catch(() => {});
                  }}
                >
                  {text(adminText('revoke'))}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {/* Closed by default so a phone shows one short card per user; open for a user with no role yet. */}
      <details open={user.memberships.length === 0}>
        <summary>{text(adminText('grant'))}</summary>
        <form
          className="row"
          onSubmit={(e) => void onGrant(e)}
          aria-label={`${text(adminText('grant'))}: ${user.displayName}`}
        >
          <label className="field">
            <span>{text(adminText('role'))}</span>
            <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {text(adminText(roleWord(r)))}
                </option>
              ))}
            </select>
          </label>
          <UnitSelect
            label={text(adminText('unit'))}
            empty={text(adminText('chooseUnit'))}
            units={units.map((u) => ({ id: u.id, name: u.name }))}
            value={unitId}
            onChange={setUnitId}
            required
          />
          <button type="submit" className="button button--small" disabled={granting.loading || !unitId}>
            {text(adminText('grant'))}
          </button>
        </form>
      </details>
      <ErrorMessage error={error} />
      <details>
        <summary>{text(adminText('userNotices', { name: user.displayName }))}</summary>
        <NotificationSettingsForm
          value={user}
          hasEmail={Boolean(user.email)}
          by="admin"
          title={text(adminText('userNotices', { name: user.displayName }))}
          onSave={(input) => setNotices({ variables: { userId: user.id, input } })}
          saving={savingNotices.loading}
          error={savingNotices.error}
        />
      </details>
      <button
        type="button"
        className="button button--small"
        disabled={activating.loading}
        onClick={() => {
          if (user.active && !window.confirm(text(adminText('confirmDeactivate', { name: user.displayName })))) return;
          setActive({ variables: { userId: user.id, active: !user.active } }).catch(() => {});
        }}
      >
        {text(adminText(user.active ? 'deactivate' : 'activate'))}
      </button>
    </li>
  );
}
