import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { AdminOrgUnitFieldsFragment, OrgUnitKind } from '../gql/graphql';
import {
  AdminOrgUnitsQuery,
  CreateOrgUnitMutation,
  DeleteOrgUnitMutation,
  UpdateOrgUnitMutation,
} from '../graphql/operations';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import { Skeleton } from '../ui/skeleton';
import { UnitSelect } from './unit-select';
import { adminText, type AdminWord } from './admin-text';
import { encloses, orgTree, type OrgTreeNode } from './org-tree';

type Unit = AdminOrgUnitFieldsFragment;

/** Kinds in the order an admin builds a kabupaten, with the area level each serves (core ORG_UNIT_AREA_LEVEL). */
const KINDS: Array<{ kind: OrgUnitKind; level: 'DESA' | 'KECAMATAN' | 'KABUPATEN'; example: string }> = [
  { kind: 'POSYANDU', level: 'DESA', example: '33.10.05.2018' },
  { kind: 'VILLAGE_GOVERNMENT', level: 'DESA', example: '33.10.05.2018' },
  { kind: 'VILLAGE_TRANTIBUM', level: 'DESA', example: '33.10.05.2018' },
  { kind: 'PUSTU', level: 'DESA', example: '33.10.05.2018' },
  { kind: 'PUSKESMAS', level: 'KECAMATAN', example: '33.10.05' },
  { kind: 'KECAMATAN', level: 'KECAMATAN', example: '33.10.05' },
  { kind: 'POLICE', level: 'KECAMATAN', example: '33.10.05' },
  { kind: 'OPD', level: 'KABUPATEN', example: '33.10' },
  { kind: 'KABUPATEN', level: 'KABUPATEN', example: '33.10' },
  { kind: 'SPM_COORDINATION', level: 'KABUPATEN', example: '33.10' },
];
const kindWord = (kind: OrgUnitKind): AdminWord => `unitKind${kind}` as AdminWord;
const splitServices = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Admin: the org chart of the kabupaten — which units exist, where each escalates, which routed
 * services each receives. The server checks every rule (security/org-unit-rules.ts) and says which
 * field is wrong; the form only narrows the parent list to units that enclose the area.
 */
export function OrgUnitsTab() {
  const { t, text } = useI18n();
  const units = useQuery(AdminOrgUnitsQuery);
  const [remove, removing] = useMutation(DeleteOrgUnitMutation);
  const [editing, setEditing] = useState<string | null>(null);
  const list = units.data?.orgUnits ?? [];
  const refetch = () => void units.refetch();

  const renderNode = (node: OrgTreeNode<Unit>) => {
    const u = node.unit;
    return (
      <li key={u.id}>
        <div className="card">
          <p className="card__title">{u.name}</p>
          <p className="card__meta">
            <span className="tag">{text(adminText(kindWord(u.kind)))}</span> {u.areaCode}
            {u.services.length > 0 && ` · ${u.services.join(', ')}`}
          </p>
          {editing === u.id ? (
            <EditUnitForm
              unit={u}
              units={list}
              onDone={(saved) => {
                setEditing(null);
                if (saved) refetch();
              }}
            />
          ) : (
            <div className="row">
              <button
                type="button"
                className="button button--small"
                aria-label={text(adminText('editUnitLabel', { name: u.name }))}
                onClick={() => setEditing(u.id)}
              >
                {text(adminText('edit'))}
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={text(adminText('removeUnitLabel', { name: u.name }))}
                disabled={removing.loading || node.children.length > 0}
                onClick={() => {
                  if (!window.confirm(text(adminText('confirmRemoveUnit', { name: u.name })))) return;
                  remove({ variables: { id: u.id } })
                    .then(refetch)
                    .catch(() => {});
                }}
              >
                {text(adminText('remove'))}
              </button>
            </div>
          )}
        </div>
        {node.children.length > 0 && <ul className="org-tree">{node.children.map(renderNode)}</ul>}
      </li>
    );
  };

  return (
    <div className="stack">
      <NewUnitForm units={list} onAdded={refetch} />
      <section className="panel" aria-labelledby="units-title">
        <h2 id="units-title">{text(adminText('unitsList'))}</h2>
        <ErrorMessage error={units.error ?? removing.error} onRetry={units.error ? refetch : undefined} />
        {units.loading && !units.data ? (
          <Skeleton lines={6} label={t('app.loading')} />
        ) : list.length === 0 ? (
          <p className="muted">{text(adminText('noUnits'))}</p>
        ) : (
          <ul className="org-tree org-tree--root">{orgTree(list).map(renderNode)}</ul>
        )}
      </section>
    </div>
  );
}

function ParentSelect({
  units,
  areaCode,
  exclude,
  value,
  onChange,
}: {
  units: readonly Unit[];
  areaCode: string;
  exclude?: string;
  value: string;
  onChange(value: string): void;
}) {
  const { text } = useI18n();
  // Escalation goes up: only units whose area encloses the unit's are offered.
  const candidates = units.filter((u) => u.id !== exclude && encloses(u.areaCode, areaCode.trim()));
  return (
    <UnitSelect
      label={text(adminText('unitParent'))}
      empty={text(adminText('noParent'))}
      units={candidates}
      value={value}
      onChange={onChange}
    />
  );
}

/** The fields a unit's form shares whether new or edited: its name, parent and services. */
function UnitFields({
  form,
  set,
  units,
  areaCode,
  exclude,
  children,
}: {
  form: { name: string; parentId: string; services: string };
  set(patch: Partial<{ name: string; parentId: string; services: string }>): void;
  units: readonly Unit[];
  areaCode: string;
  exclude?: string;
  /** Shown after the name: the new unit's area field. */
  children?: ReactNode;
}) {
  const { text } = useI18n();
  return (
    <>
      <TextField
        label={text(adminText('unitName'))}
        value={form.name}
        onValue={(name) => set({ name })}
        required
        maxLength={200}
      />
      {children}
      <ParentSelect
        units={units}
        areaCode={areaCode}
        exclude={exclude}
        value={form.parentId}
        onChange={(parentId) => set({ parentId })}
      />
      <TextField
        label={text(adminText('unitServices'))}
        hint={text(adminText('unitServicesHint'))}
        value={form.services}
        onValue={(services) => set({ services })}
      />
    </>
  );
}

function NewUnitForm({ units, onAdded }: { units: readonly Unit[]; onAdded(): void }) {
  const { text } = useI18n();
  const empty = { kind: 'POSYANDU' as OrgUnitKind, name: '', areaCode: '', parentId: '', services: '' };
  const [form, setForm] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const [create, { loading, error, reset }] = useMutation(CreateOrgUnitMutation);
  const kind = KINDS.find((k) => k.kind === form.kind) ?? KINDS[0]!;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    try {
      const res = await create({
        variables: {
          input: {
            kind: form.kind,
            name: form.name,
            areaCode: form.areaCode.trim(),
            parentId: form.parentId || null,
            services: splitServices(form.services),
          },
        },
      });
      setCreated(res.data?.createOrgUnit.name ?? form.name);
      setForm(empty);
      reset();
      onAdded();
    } catch {
      // Shown by ErrorMessage, field by field.
    }
  };
  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} aria-labelledby="new-unit-title">
      <h2 id="new-unit-title">{text(adminText('newUnit'))}</h2>
      <label className="field">
        <span>{text(adminText('unitKind'))}</span>
        <select
          value={form.kind}
          onChange={(e) => setForm((f) => ({ ...f, kind: e.target.value as OrgUnitKind, parentId: '' }))}
        >
          {KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {text(adminText(kindWord(k.kind)))}
            </option>
          ))}
        </select>
      </label>
      <UnitFields
        form={form}
        set={(patch) => setForm((f) => ({ ...f, ...patch }))}
        units={units}
        areaCode={form.areaCode}
      >
        <TextField
          label={text(adminText('unitArea'))}
          hint={text(
            adminText('unitAreaHint', {
              level: text(adminText(`level${kind.level}` as AdminWord)),
              example: kind.example,
            }),
          )}
          value={form.areaCode}
          onValue={(areaCode) => setForm((f) => ({ ...f, areaCode }))}
          inputMode="decimal"
          required
        />
      </UnitFields>
      <ErrorMessage error={error} />
      {created && (
        <p className="alert alert--ok" role="status">
          ✓ {text(adminText('unitCreated', { name: created }))}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={loading}>
        {text(adminText('createUnit'))}
      </button>
    </form>
  );
}

function EditUnitForm({ unit, units, onDone }: { unit: Unit; units: readonly Unit[]; onDone(saved: boolean): void }) {
  const { text } = useI18n();
  const [form, setForm] = useState({
    name: unit.name,
    parentId: unit.parent?.id ?? '',
    services: unit.services.join(', '),
  });
  const [update, { loading, error }] = useMutation(UpdateOrgUnitMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await update({
        variables: {
          id: unit.id,
          changes: { name: form.name, parentId: form.parentId || null, services: splitServices(form.services) },
        },
      });
      onDone(true);
    } catch {
      // Shown by ErrorMessage.
    }
  };
  return (
    <form
      className="form"
      onSubmit={(e) => void submit(e)}
      aria-label={text(adminText('editUnitLabel', { name: unit.name }))}
    >
      <UnitFields
        form={form}
        set={(patch) => setForm((f) => ({ ...f, ...patch }))}
        units={units}
        areaCode={unit.areaCode}
        exclude={unit.id}
      />
      <ErrorMessage error={error} />
      <div className="row">
        <button type="submit" className="button button--primary" disabled={loading}>
          {text(adminText('save'))}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {text(adminText('cancel'))}
        </button>
      </div>
    </form>
  );
}
