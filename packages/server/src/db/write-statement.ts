import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import type pg from 'pg';
import { noteQueryError } from './database-errors.js';
import { EntityRows, type EntityValues } from './entity-rows.js';

/** knex's client: hands out its pooled pg connections (a transaction's client, the transaction's one). */
interface PoolingClient {
  acquireConnection(): Promise<pg.ClientBase>;
  releaseConnection(connection: pg.ClientBase): Promise<unknown>;
}

/**
 * Sends one SQL statement with bind parameters ($1, $2, …) on a connection of the ORM's pool — the
 * EntityManager's transaction's when it has one — and returns its rows. It skips MikroORM's query
 * formatting and knex's query builder, which inline and escape every value into the text: for a
 * registration's statement of some 80 values that was more CPU than anything else the write did.
 * It is logged like the ORM's own statements (the tests count them) and fails with the ORM's
 * exceptions, as a flush does (a unique index: UniqueConstraintViolationException).
 */
export async function sendStatement<T>(em: EntityManager, text: string, values: readonly unknown[]): Promise<T[]> {
  const client = (em.getTransactionContext() ?? em.getConnection('write').getKnex()).client as PoolingClient;
  const logger = em.config.getLogger();
  const started = Date.now();
  let connection: pg.ClientBase | null = null;
  try {
    connection = await client.acquireConnection();
    const { rows } = await connection.query<T & pg.QueryResultRow>({ text, values: values as unknown[] });
    logger.logQuery({ query: text, took: Date.now() - started, results: rows.length, level: 'info' });
    return rows;
  } catch (error) {
    logger.logQuery({ query: text, took: Date.now() - started, level: 'error' });
    noteQueryError(error);
    throw em.getDriver().convertException(error as Error);
  } finally {
    if (connection) await client.releaseConnection(connection);
  }
}

/**
 * Several inserts and updates sent as ONE SQL statement of data-modifying CTEs:
 *
 *   with person as (insert into person …), new_case as (insert into spm_case …), …
 *   select 1
 *
 * One round trip instead of a unit of work's BEGIN, one statement per table and COMMIT; and, as a
 * statement outside a transaction is its own transaction, every row commits together or not at
 * all. Foreign keys between the steps hold (PostgreSQL checks them at the end of the statement);
 * a step does not see the rows of another step (one snapshot), so each row carries its ids, drawn
 * in JS, and a step reads another one's generated values only through its `returning`
 * (`new SqlPiece('(select id from event)')`).
 *
 * Rows are given by the entity's property names; the columns, their order and the defaults of
 * the properties left out come from the ORM's metadata (db/entity-rows.ts), so a row is written
 * as the entity describes it. Values travel as bind parameters.
 */
export class WriteStatement {
  private readonly steps: string[] = [];
  private readonly params: unknown[] = [];
  private readonly push = (value: unknown): string => `$${this.params.push(value)}`;

  constructor(private readonly em: EntityManager) {}

  /**
   * `insert into <the entity's table> (<every column>) values (…), (…) [<onConflict>] [returning …]`;
   * no step when `rows` is empty.
   */
  insert<T extends object>(
    name: string,
    entity: EntityName<T>,
    rows: readonly EntityValues<T>[],
    returning?: string,
    onConflict?: string,
  ): this {
    if (!rows.length) return this;
    const shape = EntityRows.of(this.em, entity);
    const values = rows.map((row) => shape.valuesOf(row, this.push)).join(', ');
    const tail = `${onConflict ? ` ${onConflict}` : ''}${returning ? ` returning ${returning}` : ''}`;
    this.steps.push(`${name} as (${shape.insertHead}${values}${tail})`);
    return this;
  }

  /** A step written by hand (its values through `param`): `<name> as (<sql>)`. */
  step(name: string, sql: string): this {
    this.steps.push(`${name} as (${sql})`);
    return this;
  }

  /** A value as a bind parameter of the statement: what stands in the SQL text for it (`$n`). */
  param(value: unknown): string {
    return this.push(value);
  }

  /** `insert into <table> (<columns>) values …` of rows keyed by column, made elsewhere (audit_log's `auditRow`). */
  insertRows(name: string, table: string, rows: readonly Readonly<Record<string, unknown>>[]): this {
    const first = rows[0];
    if (!first) return this;
    const columns = Object.keys(first);
    const values = rows.map((row) => `(${columns.map((c) => this.push(row[c] ?? null)).join(', ')})`);
    this.steps.push(`${name} as (insert into ${table} (${columns.join(', ')}) values ${values.join(', ')})`);
    return this;
  }

  /** `update <the entity's table> set … where id = <id>` for the properties given; no step when none is. */
  update<T extends object>(name: string, entity: EntityName<T>, id: string, set: EntityValues<T>): this {
    const shape = EntityRows.of(this.em, entity);
    const assignments = shape.assignments(set, this.push);
    if (!assignments.length) return this;
    this.steps.push(`${name} as (update ${shape.table} set ${assignments.join(', ')} where id = ${this.push(id)})`);
    return this;
  }

  /** Sends `with <steps> <select>` (in the EntityManager's transaction if it has one) and returns the rows. */
  run<T>(select: string): Promise<T[]> {
    return sendStatement<T>(this.em, `with ${this.steps.join(',\n  ')}\n${select}`, this.params);
  }
}
