import type { buildApiSchema } from '@posyandu-spm/server';

/*
 * The test package does not depend on `graphql` itself: the schema is read through its own
 * methods, typed from what the server's `buildApiSchema()` returns.
 */
export type ApiSchema = Awaited<ReturnType<typeof buildApiSchema>>;
type RootType = NonNullable<ReturnType<ApiSchema['getQueryType']>>;
type ApiField = ReturnType<RootType['getFields']>[string];

/** An object type (not a scalar, enum, input, interface or union), with its fields. */
function objectType(schema: ApiSchema, name: string): RootType | null {
  const type = schema.getType(name);
  return type && Object.prototype.toString.call(type) === '[object GraphQLObjectType]' ? (type as RootType) : null;
}

/** `[CaseParty!]!` → `CaseParty`. */
function namedType(field: ApiField): string {
  return field.type.toString().replace(/[[\]!]/g, '');
}

/**
 * What the authorization matrix is generated from: the API schema itself (the
 * server's `buildApiSchema()`), so an operation or a field added to it without a
 * row in the matrix fails the test.
 */
export interface SchemaSurface {
  /** `Query.case`, `Mutation.login`, `Subscription.caseEvents`, … */
  operations: string[];
  /** `Case.applicant`, `CaseParty.nik`, … for every object type reachable from a root operation. */
  fields: string[];
}

function rootTypes(schema: ApiSchema): RootType[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is RootType =>
    Boolean(t),
  );
}

/** Every root operation, and every field of every object type its results can reach. */
export function schemaSurface(schema: ApiSchema): SchemaSurface {
  const roots = rootTypes(schema);
  const operations = roots.flatMap((root) => Object.keys(root.getFields()).map((f) => `${root.name}.${f}`));
  const seen = new Set<string>();
  const queue: RootType[] = [];
  const reach = (field: ApiField) => {
    const named = objectType(schema, namedType(field));
    if (named && !seen.has(named.name)) {
      seen.add(named.name);
      queue.push(named);
    }
  };
  for (const root of roots) for (const field of Object.values(root.getFields())) reach(field);
  const fields: string[] = [];
  while (queue.length) {
    const type = queue.shift() as RootType;
    for (const field of Object.values(type.getFields())) {
      fields.push(`${type.name}.${field.name}`);
      reach(field);
    }
  }
  return { operations: operations.sort(), fields: fields.sort() };
}

/**
 * A selection set asking for every field of `typeName` and, recursively, of every
 * object type below it. A type already being expanded higher up the same path
 * (OrgUnit.parent) is asked only for its id (or first plain field), which keeps
 * recursive types finite; so are the types in `shallow` (their fields are covered
 * by another probe), which keeps a list's cost under the limit.
 */
export function fullSelection(
  schema: ApiSchema,
  typeName: string,
  shallow: ReadonlySet<string> = new Set(),
  path: ReadonlySet<string> = new Set(),
): string {
  const type = objectType(schema, typeName);
  if (!type) throw new Error(`${typeName} is not an object type`);
  const fields = Object.values(type.getFields());
  const plain = (f: ApiField) => !objectType(schema, namedType(f));
  if (path.has(typeName) || shallow.has(typeName)) {
    const pick = fields.find((f) => f.name === 'id') ?? fields.find(plain);
    return pick ? `{ ${pick.name} }` : '{ __typename }';
  }
  const below = new Set([...path, typeName]);
  const parts = fields.map((f) => {
    if (f.args.some((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined)) {
      throw new Error(`${typeName}.${f.name} needs arguments: give it a probe of its own`);
    }
    return plain(f) ? f.name : `${f.name} ${fullSelection(schema, namedType(f), shallow, below)}`;
  });
  return `{ ${parts.join(' ')} }`;
}

/** One value the viewer received, at a field of a type, with the case it belongs to (when any). */
export interface Observation {
  caseKey: string | null;
  value: unknown;
}

/** Everything one viewer received: `Type.field` → values, and each case object by fixture name. */
export class Observed {
  readonly fields = new Map<string, Observation[]>();
  readonly cases = new Map<string, Record<string, unknown>[]>();
  /** Every object received, by its type name (e.g. each copy of a `KesehatanOpenDayVisit`). */
  readonly objects = new Map<string, Record<string, unknown>[]>();
  /** Every response body, for leak checks on the raw text. */
  readonly bodies: unknown[] = [];

  constructor(
    private readonly schema: ApiSchema,
    /** Case id → fixture name ("edu", "complaint", …). */
    private readonly caseKeys: ReadonlyMap<string, string>,
  ) {}

  /** Records the data of a response to a root field of `rootType`. */
  record(rootType: string, data: unknown): void {
    this.bodies.push(data);
    const root = objectType(this.schema, rootType);
    if (!root || !data || typeof data !== 'object') return;
    this.walk(root, data as Record<string, unknown>, null);
  }

  private caseKeyOf(type: RootType, value: Record<string, unknown>, inherited: string | null): string | null {
    // A case, or a live notice about one (an audit row's caseId only names a case: it holds nothing of it).
    const id = type.name === 'Case' ? value.id : type.name === 'CaseEventNotice' ? value.caseId : undefined;
    if (typeof id === 'string') return this.caseKeys.get(id) ?? `unknown:${id}`;
    return inherited;
  }

  private walk(type: RootType, value: Record<string, unknown>, inherited: string | null): void {
    const caseKey = this.caseKeyOf(type, value, inherited);
    if (type.name === 'Case' && caseKey) this.cases.set(caseKey, [...(this.cases.get(caseKey) ?? []), value]);
    this.objects.set(type.name, [...(this.objects.get(type.name) ?? []), value]);
    const defs = type.getFields();
    for (const [key, child] of Object.entries(value)) {
      const def = defs[key];
      if (!def) continue;
      const name = `${type.name}.${key}`;
      this.fields.set(name, [...(this.fields.get(name) ?? []), { caseKey, value: child }]);
      const named = objectType(this.schema, namedType(def));
      if (!named || child === null || child === undefined) continue;
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof item === 'object') this.walk(named, item as Record<string, unknown>, caseKey);
      }
    }
  }

  /** The observations of `Type.field` (under one case, when given). */
  of(field: string, caseKey?: string): Observation[] {
    const all = this.fields.get(field) ?? [];
    return caseKey === undefined ? all : all.filter((o) => o.caseKey === caseKey);
  }
}
