import {
  ArrayType,
  JsonType,
  ReferenceKind,
  type EntityMetadata,
  type EntityProperty,
  type Ref,
} from '@mikro-orm/core';
import type { EntityManager, EntityName } from '@mikro-orm/postgresql';

/** A piece of SQL written into the statement as it is (e.g. `(select id from event)`), never a value. */
export class SqlPiece {
  constructor(readonly sql: string) {}
}

/**
 * An entity's values by property name, as a hand-written insert takes them: a reference as the
 * id it points to (or a piece of SQL that yields it). Properties left out take the entity's default.
 */
export type EntityValues<T> = {
  [K in keyof T]?: NonNullable<T[K]> extends Ref<object> ? string | null | SqlPiece : T[K] | SqlPiece;
};

/** One column of an entity's table, with what a row gets when the property is left out. */
interface Column {
  property: string;
  column: string;
  /** JSON properties are written as JSON text, array properties as array literals. */
  encoding: 'json' | 'array' | 'plain';
  /**
   * The entity's own default (its property initializer), or `required`: the key, a property
   * without an initializer, or one whose initializer differs per row (a time).
   */
  fallback: { value: unknown } | 'required';
}

/** A PostgreSQL array literal of uuids or other plain words (`{a,b}`), for an array column. */
export function sqlArray(items: readonly string[]): string {
  return `{${items.join(',')}}`;
}

/** Whether the property is a column of its entity's own table that an insert writes. */
function isWrittenColumn(prop: EntityProperty): boolean {
  if (prop.persist === false || prop.formula || prop.generated) return false;
  if (prop.primary && prop.autoincrement) return false; // the database numbers it
  return (
    prop.kind === ReferenceKind.SCALAR ||
    prop.kind === ReferenceKind.MANY_TO_ONE ||
    (prop.kind === ReferenceKind.ONE_TO_ONE && Boolean(prop.owner))
  );
}

/**
 * How rows of one entity are written by plain SQL (db/write-statement.ts): its table and every
 * column the ORM would write, each with the entity's default, taken from MikroORM's metadata and
 * one instance made with the entity's constructor — once per entity, not per row. So a property
 * added to an entity later, with its default, is written by the hand-built inserts too.
 */
export class EntityRows<T extends object> {
  private static readonly shapes = new WeakMap<EntityMetadata, EntityRows<object>>();

  private constructor(
    readonly className: string,
    readonly table: string,
    private readonly columns: readonly Column[],
    /** `insert into <table> (<columns>) values ` */
    readonly insertHead: string,
  ) {}

  static of<T extends object>(em: EntityManager, entity: EntityName<T>): EntityRows<T> {
    const meta = em.getMetadata().get(entity) as EntityMetadata;
    let shape = EntityRows.shapes.get(meta);
    if (!shape) {
      shape = EntityRows.fromMetadata(meta);
      EntityRows.shapes.set(meta, shape);
    }
    return shape as EntityRows<T>;
  }

  private static fromMetadata(meta: EntityMetadata): EntityRows<object> {
    const fresh = new (meta.class as new () => Record<string, unknown>)();
    const columns = meta.props.filter(isWrittenColumn).map((prop): Column => {
      if (prop.fieldNames.length !== 1) {
        throw new Error(`${meta.className}.${prop.name}: a column of several fields cannot be written by plain SQL`);
      }
      const initial = fresh[prop.name];
      return {
        property: prop.name,
        column: prop.fieldNames[0] as string,
        encoding:
          prop.customType instanceof JsonType ? 'json' : prop.customType instanceof ArrayType ? 'array' : 'plain',
        fallback:
          prop.primary || initial === undefined || initial instanceof Date
            ? 'required'
            : { value: structuredClone(initial) },
      };
    });
    const head = `insert into ${meta.tableName} (${columns.map((c) => c.column).join(', ')}) values `;
    return new EntityRows(meta.className, meta.tableName, columns, head);
  }

  /**
   * Every written property of one row: the value given, else the entity's default (a copy).
   * The managed entity made from it (`em.getEntityFactory().create`) is the one a read would make.
   */
  complete(values: EntityValues<T>): Record<string, unknown> {
    const given = values as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const c of this.columns) {
      const value = given[c.property];
      if (value !== undefined) out[c.property] = value;
      else if (c.fallback === 'required') throw this.missing(c);
      else out[c.property] = structuredClone(c.fallback.value);
    }
    return out;
  }

  /**
   * One row's values in column order, as SQL parameters (JSON as text, arrays as array literals,
   * times as ISO text) or pieces of SQL; `push` takes each and returns what stands in the statement.
   */
  valuesOf(values: EntityValues<T>, push: (value: unknown) => string): string {
    const given = values as Record<string, unknown>;
    const out: string[] = [];
    for (const c of this.columns) {
      let value = given[c.property];
      if (value === undefined) {
        if (c.fallback === 'required') throw this.missing(c);
        value = c.fallback.value;
      }
      out.push(this.encode(c, value, push));
    }
    return `(${out.join(', ')})`;
  }

  /** `column = value` for each property given (an update). */
  assignments(values: EntityValues<T>, push: (value: unknown) => string): string[] {
    const given = values as Record<string, unknown>;
    const out: string[] = [];
    for (const c of this.columns) {
      const value = given[c.property];
      if (value !== undefined) out.push(`${c.column} = ${this.encode(c, value, push)}`);
    }
    return out;
  }

  private encode(c: Column, value: unknown, push: (value: unknown) => string): string {
    if (value === null) return push(null);
    if (value instanceof SqlPiece) return value.sql;
    if (c.encoding === 'json') return push(JSON.stringify(value));
    if (c.encoding === 'array') return push(sqlArray(value as string[]));
    if (value instanceof Date) return push(value.toISOString());
    return push(value);
  }

  private missing(c: Column): Error {
    return new Error(`${this.className}.${c.property} must be given: it has no default that holds for every row`);
  }
}
