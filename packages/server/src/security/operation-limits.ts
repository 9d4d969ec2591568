import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  typeFromAST,
  valueFromAST,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { limitError } from './limit-errors.js';
import type { ApiLimits } from './limits.js';

/** Selections the walk visits at most: a fragment spread into an exponential tree stops here. */
const MAX_NODES = 20_000;
/**
 * Marks a field whose whole answer is built from memory (e.g. the sector
 * catalogue: a few kilobytes, no database): it costs 1 however it is selected.
 * Depth, aliases and size still count. Use with type-graphql's `@Extensions`.
 */
export const IN_MEMORY = { inMemory: true } as const;

/** A list without a page size (`first`) is guessed to hold this many items. */
const LIST_GUESS = 10;

export interface OperationSize {
  /** Deepest field nesting (a root field is depth 1). */
  depth: number;
  /** Aliased fields, counted as many times as fragments repeat them. */
  aliases: number;
  /** Fields weighted by the list sizes they sit in: roughly how many values the answer holds. */
  cost: number;
  /** Selections visited; over MAX_NODES the walk stopped early. */
  nodes: number;
}

interface Walker {
  schema: GraphQLSchema;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  size: OperationSize;
  /** Whether a page size came from a variable: then the size holds for these variables only. */
  readVariables: boolean;
}

function fieldDef(parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
}

/** The `first` argument of a field, literal or variable, when it is a positive number. */
function pageSize(w: Walker, field: GraphQLField<unknown, unknown>, node: FieldNode): number | null {
  const def = field.args.find((a) => a.name === 'first');
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  if (!def || !arg) return null;
  if (arg.value.kind !== Kind.INT) w.readVariables = true;
  const value = valueFromAST(arg.value, def.type, w.variables);
  return typeof value === 'number' && value > 0 ? value : null;
}

/** Walks a selection set: returns its cost, and records depth, aliases and nodes. */
function walk(
  w: Walker,
  set: SelectionSetNode,
  parent: GraphQLCompositeType | undefined,
  depth: number,
  seen: ReadonlySet<string>,
): number {
  let cost = 0;
  for (const selection of set.selections) {
    w.size.nodes += 1;
    if (w.size.nodes > MAX_NODES) return cost;
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      // Introspection is refused in production; in development its standard query is deeper than any of ours.
      if (name.startsWith('__')) continue;
      if (selection.alias) w.size.aliases += 1;
      w.size.depth = Math.max(w.size.depth, depth);
      const def = parent ? fieldDef(parent, name) : undefined;
      let child = 0;
      if (selection.selectionSet) {
        const named = def ? getNamedType(def.type) : undefined;
        child = walk(w, selection.selectionSet, named && isCompositeType(named) ? named : undefined, depth + 1, seen);
      }
      if (def?.extensions?.inMemory === true) {
        cost += 1;
        continue;
      }
      // A connection's `first` multiplies what its edges hold; the edges list itself is then not guessed again.
      const first = def ? pageSize(w, def, selection) : null;
      const isList = def ? isListType(getNullableType(def.type)) : false;
      const size = first ?? (isList ? (name === 'edges' ? 1 : LIST_GUESS) : 1);
      cost += 1 + size * child;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? typeFromAST(w.schema, selection.typeCondition) : parent;
      cost += walk(w, selection.selectionSet, on && isCompositeType(on) ? on : parent, depth, seen);
    } else {
      const name = selection.name.value;
      const def = seen.has(name) ? undefined : w.fragments.get(name);
      if (!def) continue;
      const on = typeFromAST(w.schema, def.typeCondition);
      cost += walk(w, def.selectionSet, on && isCompositeType(on) ? on : parent, depth, new Set([...seen, name]));
    }
  }
  return cost;
}

/**
 * Sizes that hold whatever the variables, by schema and operation: Apollo keeps each query's parsed
 * document, so an operation sent again is the same node and is not walked again.
 */
const knownSizes = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, OperationSize>>();

/** Measures one operation of a validated document. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): OperationSize {
  let known = knownSizes.get(schema);
  if (!known) knownSizes.set(schema, (known = new WeakMap()));
  const cached = known.get(operation);
  if (cached) return { ...cached };
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const w: Walker = {
    schema,
    fragments,
    variables: variables ?? {},
    size: { depth: 0, aliases: 0, cost: 0, nodes: 0 },
    readVariables: false,
  };
  const root = schema.getRootType(operation.operation) ?? undefined;
  w.size.cost = walk(w, operation.selectionSet, root, 1, new Set());
  if (!w.readVariables) known.set(operation, { ...w.size });
  return w.size;
}

/**
 * The error that refuses an operation too deep, with too many aliases or too
 * expensive, or null. HTTP (the Apollo plugin) and the WebSocket (graphql-ws)
 * run this same check after graphql-js's standard validation.
 */
export function operationLimitError(
  limits: Pick<ApiLimits, 'maxDepth' | 'maxAliases' | 'maxCost'>,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  const size = measureOperation(schema, document, operation, variables);
  if (size.nodes > MAX_NODES) {
    return limitError(
      'QUERY_TOO_COMPLEX',
      { id: 'Permintaan terlalu besar untuk dijalankan.', en: 'The operation is too large to run.' },
      { details: { maxNodes: MAX_NODES } },
    );
  }
  if (size.depth > limits.maxDepth) {
    return limitError(
      'QUERY_TOO_DEEP',
      {
        id: `Permintaan terlalu dalam (${size.depth} tingkat; paling banyak ${limits.maxDepth}).`,
        en: `The operation is nested too deeply (${size.depth} levels; at most ${limits.maxDepth}).`,
      },
      { details: { depth: size.depth, maxDepth: limits.maxDepth } },
    );
  }
  if (size.aliases > limits.maxAliases) {
    return limitError(
      'TOO_MANY_ALIASES',
      {
        id: `Terlalu banyak alias dalam satu permintaan (${size.aliases}; paling banyak ${limits.maxAliases}).`,
        en: `Too many aliases in one operation (${size.aliases}; at most ${limits.maxAliases}).`,
      },
      { details: { aliases: size.aliases, maxAliases: limits.maxAliases } },
    );
  }
  if (size.cost > limits.maxCost) {
    return limitError(
      'QUERY_TOO_COMPLEX',
      {
        id: `Permintaan terlalu berat (biaya ${size.cost}; paling banyak ${limits.maxCost}). Minta lebih sedikit data per halaman.`,
        en: `The operation is too expensive (cost ${size.cost}; at most ${limits.maxCost}). Ask for less data per page.`,
      },
      { details: { cost: size.cost, maxCost: limits.maxCost } },
    );
  }
  return null;
}

function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 50 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => holdsNul(v, depth + 1));
  for (const key in value) {
    if (key.includes('\u0000') || holdsNul((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

/** Whether a document's string literals hold a NUL, by document (Apollo keeps each query's parsed document). */
const nulInLiterals = new WeakMap<DocumentNode, boolean>();

function literalsHoldNul(document: DocumentNode): boolean {
  let found = nulInLiterals.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      StringValue(node) {
        if (node.value.includes('\u0000')) found = true;
      },
    });
    nulInLiterals.set(document, found);
  }
  return found;
}

/**
 * PostgreSQL cannot store a NUL character in text, so no real input holds one;
 * refused here for every operation (in variables or string literals), before a
 * query could fail on it inside the database.
 */
export function nulCharacterError(document: DocumentNode, variables: unknown): GraphQLError | null {
  return holdsNul(variables) || literalsHoldNul(document)
    ? limitError('MALFORMED_REQUEST', {
        id: 'Permintaan berisi karakter NUL (\\u0000), yang tidak pernah ada dalam data yang sah.',
        en: 'The request contains a NUL character (\\u0000), which no valid data holds.',
      })
    : null;
}
