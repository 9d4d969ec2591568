import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validationFailed } from '@posyandu-spm/core';
import type { Case } from '../entities/case.entity.js';

/**
 * How a case list is sorted, and the paging cursor that goes with it. REGISTERED: newest first
 * (the console's queue); DUE_AT: the earliest due first (what to do next); LAST_CHANGE: in commit
 * order of their last change, oldest first (what an integrator polls with `updatedSince`).
 */
export type CaseOrder = 'REGISTERED' | 'REGISTERED_ASC' | 'DUE_AT' | 'LAST_CHANGE';

export function orderByOf(order: CaseOrder): QueryOrderMap<Case>[] {
  switch (order) {
    case 'DUE_AT':
      return [{ dueAt: 'asc' }, { id: 'asc' }];
    case 'LAST_CHANGE':
      return [{ changeXid: 'asc' }, { id: 'asc' }];
    case 'REGISTERED_ASC':
      return [{ registeredAt: 'asc' }, { id: 'asc' }];
    default:
      return [{ registeredAt: 'desc' }, { id: 'desc' }];
  }
}

/** What a cursor is made of: a case entity, or a row of a list page. */
export type CursorSource = Pick<Case, 'id' | 'registeredAt' | 'dueAt' | 'changeXid'>;

function sortKey(c: CursorSource, order: CaseOrder): string {
  if (order === 'DUE_AT') return c.dueAt.toISOString();
  if (order === 'LAST_CHANGE') return String(c.changeXid);
  return c.registeredAt.toISOString();
}

/** Opaque cursor: the order and the sort key (and id) of the last case seen. */
export function encodeCursor(c: CursorSource, order: CaseOrder = 'REGISTERED'): string {
  const key = sortKey(c, order);
  // The console's cursors (newest first) keep their original two-element shape.
  const parts = order === 'REGISTERED' ? [key, c.id] : [order, key, c.id];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

function badCursor(field: string) {
  return validationFailed([
    { field, message: { id: 'Kursor halaman tidak valid.', en: 'The page cursor is not valid.' } },
  ]);
}

const XID = /^\d{1,20}$/;

/** The cases after the cursor in `order`; a cursor made for another order is refused. */
export function decodeCursor(cursor: string, order: CaseOrder = 'REGISTERED'): FilterQuery<Case> {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('after');
  }
  if (!Array.isArray(parts) || !parts.every((p) => typeof p === 'string')) throw badCursor('after');
  const [cursorOrder, key, id] = (parts.length === 2 ? ['REGISTERED', ...parts] : parts) as string[];
  if (cursorOrder !== order || !key || !id) throw badCursor('after');
  if (order === 'LAST_CHANGE') {
    if (!XID.test(key)) throw badCursor('after');
    return { $or: [{ changeXid: { $gt: key } }, { changeXid: key, id: { $gt: id } }] };
  }
  const at = new Date(key);
  if (Number.isNaN(at.getTime())) throw badCursor('after');
  if (order === 'DUE_AT') return { $or: [{ dueAt: { $gt: at } }, { dueAt: at, id: { $gt: id } }] };
  if (order === 'REGISTERED_ASC') {
    return { $or: [{ registeredAt: { $gt: at } }, { registeredAt: at, id: { $gt: id } }] };
  }
  return { $or: [{ registeredAt: { $lt: at } }, { registeredAt: at, id: { $lt: id } }] };
}

/** `updatedSince` as given: an instant (the first poll), or a `chg_…` token from `nextUpdatedSince`. */
export type ChangeMark = { since: Date } | { sinceXid: string };

const TOKEN = /^chg_(\d{1,20})$/;

export function parseUpdatedSince(value: string): ChangeMark {
  const token = TOKEN.exec(value);
  if (token) return { sinceXid: token[1] as string };
  const at = new Date(value);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(at.getTime())) return { since: at };
  throw validationFailed([
    {
      field: 'filter.updatedSince',
      message: {
        id: 'updatedSince: waktu ISO 8601 (mis. 2026-11-23T00:00:00Z) atau token chg_… dari nextUpdatedSince.',
        en: 'updatedSince: an ISO 8601 instant (e.g. 2026-11-23T00:00:00Z) or a chg_… token from nextUpdatedSince.',
      },
    },
  ]);
}

/**
 * The changes since the mark that are safe to hand out now: only those of transactions below
 * `pg_snapshot_xmin`, i.e. finished ones, so a change committing late with a lower transaction
 * id is never skipped. Returns the condition and the token to poll with next time (inclusive).
 */
export async function changeWindow(
  em: EntityManager,
  mark: ChangeMark,
): Promise<{ condition: FilterQuery<Case>; next: string }> {
  const rows = await em
    .getConnection()
    .execute<Array<{ xmin: string }>>('select pg_snapshot_xmin(pg_current_snapshot())::text as xmin');
  const xmin = rows[0]?.xmin as string;
  const below: FilterQuery<Case> = { changeXid: { $lt: xmin } };
  const condition: FilterQuery<Case> =
    'since' in mark
      ? { $and: [below, { updatedAt: { $gte: mark.since } }] }
      : { $and: [below, { changeXid: { $gte: mark.sinceXid } }] };
  return { condition, next: `chg_${xmin}` };
}
