import { ArrayType, JsonType } from '@mikro-orm/core';
import type { EntityManager, EntityName } from '@mikro-orm/postgresql';

/** A value for one column: written as a literal the column's type accepts, or a piece of SQL. */
export type SqlValue = string | number | boolean | null | Date | { sql: string };

/** A row to insert: column name → value. */
export type SqlRow = Readonly<Record<string, SqlValue>>;

/**
 * Several inserts and updates sent as ONE SQL statement of data-modifying CTEs:
 *
 *   with person as (insert into person …), spm_case as (insert into spm_case … returning *), …
 *   select * from spm_case
 *
 * One round trip instead of a unit of work's BEGIN, one statement per table and COMMIT; and, as a
 * statement outside a transaction is its own transaction, every row commits together or not at
 * all. Foreign keys between the steps hold (PostgreSQL checks them at the end of the statement);
 * a step does not see the rows of another step (one snapshot), so each row carries its ids, drawn
 * in JS, and a step reads another one's generated values only through its `returning` (`{ sql:
 * '(select id from case_event)' }`). Values go through the ORM's connection, which escapes them.
 */
export class WriteStatement {
  private readonly steps: string[] = [];
  private readonly params: unknown[] = [];

  /** `insert into <table> (<columns of the first row>) values (…), (…)`; no step when `rows` is empty. */
  insert(name: string, table: string, rows: readonly SqlRow[], returning?: string): this {
    const first = rows[0];
    if (!first) return this;
    const columns = Object.keys(first);
    const values = rows.map((row) => `(${columns.map((column) => this.value(row[column] ?? null)).join(', ')})`);
    const into = `insert into ${table} (${columns.join(', ')}) values ${values.join(', ')}`;
    this.steps.push(`${name} as (${into}${returning ? ` returning ${returning}` : ''})`);
    return this;
  }

  /** `update <table> set … where id = <id>`; no step when nothing is set. */
  update(name: string, table: string, id: string, set: SqlRow): this {
    const columns = Object.keys(set);
    if (!columns.length) return this;
    const assignments = columns.map((column) => `${column} = ${this.value(set[column] ?? null)}`).join(', ');
    this.steps.push(`${name} as (update ${table} set ${assignments} where id = ${this.value(id)})`);
    return this;
  }

  /**
   * Sends `with <steps> <select>` in the EntityManager's transaction if it has one, and returns the
   * rows. A failure is the ORM's exception, as for a flush (a unique index: UniqueConstraintViolationException).
   */
  async run<T>(em: EntityManager, select: string): Promise<T[]> {
    const sql = `with ${this.steps.join(',\n  ')}\n${select}`;
    try {
      return await em.getConnection('write').execute<T[]>(sql, this.params, 'all', em.getTransactionContext());
    } catch (error) {
      throw em.getDriver().convertException(error as Error);
    }
  }

  private value(v: SqlValue): string {
    if (v !== null && typeof v === 'object' && !(v instanceof Date)) return v.sql;
    this.params.push(v instanceof Date ? v.toISOString() : v);
    return '?';
  }
}

/** A PostgreSQL array literal of uuids or other plain words (`{a,b}`), for an array column. */
export function sqlArray(items: readonly string[]): string {
  return `{${items.join(',')}}`;
}

/**
 * An entity's values by property name (references by id) as its table's row: each property's
 * column from the ORM's metadata, JSON properties as JSON text, array properties as array literals.
 */
export function columnsOf<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  data: Readonly<Record<string, unknown>>,
): SqlRow {
  const meta = em.getMetadata().get(entity);
  const row: Record<string, SqlValue> = {};
  for (const [name, value] of Object.entries(data)) {
    const prop = (meta.properties as Record<string, (typeof meta.props)[number] | undefined>)[name];
    if (!prop) throw new Error(`${meta.className} has no property ${name}`);
    const column = prop.fieldNames[0] as string;
    if (prop.customType instanceof JsonType) row[column] = JSON.stringify(value);
    else if (prop.customType instanceof ArrayType) row[column] = sqlArray(value as string[]);
    else row[column] = value as SqlValue;
  }
  return row;
}
