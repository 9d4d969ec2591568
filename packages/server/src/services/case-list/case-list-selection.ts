import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { CASE_PLAIN_FIELDS } from '../case-plain-fields.js';

/** What of a page, beyond each case with its holder and area, the selection needs read. */
export interface ListParts {
  applicant: boolean;
  /** The applicant's latest family card number (`kkNumber`, `kkMasked`). */
  applicantKk: boolean;
  documents: boolean;
  originUnit: boolean;
  escalatedTo: boolean;
  /** Visit kinds and the previous holder: the workflow facts of `availableActions`. */
  workflow: boolean;
}

/** Sub-selections of one level, by field name (aliases and fragments merged). */
type Fields = Map<string, SelectionSetNode[]>;

function collect(
  set: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  into: Fields = new Map(),
): Fields {
  for (const s of set?.selections ?? []) {
    // A field under @skip/@include counts as asked: reading more than needed is harmless.
    if (s.kind === Kind.FIELD) {
      const subs = into.get(s.name.value) ?? [];
      if (s.selectionSet) subs.push(s.selectionSet);
      into.set(s.name.value, subs);
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      collect(s.selectionSet, fragments, into);
    } else {
      const fragment = fragments[s.name.value];
      if (fragment) collect(fragment.selectionSet, fragments, into);
    }
  }
  return into;
}

function collectAll(
  sets: readonly SelectionSetNode[] | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
): Fields {
  const into: Fields = new Map();
  for (const set of sets ?? []) collect(set, fragments, into);
  return into;
}

type Answer = (parts: ListParts, sub: Fields) => boolean;
const always: Answer = () => true;

/**
 * The Case fields the read model answers from its rows, each noting the parts it needs; false
 * when a sub-selection needs the ORM. Every other field (a new one too, until it is added here
 * with its test) sends the page through the ORM: `beneficiaries`, `visits`, `timeline`.
 */
const ANSWERED: ReadonlyMap<string, Answer> = new Map<string, Answer>([
  ...[
    '__typename',
    ...CASE_PLAIN_FIELDS,
    'sector',
    'serviceType',
    'spmService',
    'penerima',
    'state',
    'facts',
    'warnings',
    'area',
    'holder',
    'escalationLevel',
    'identityRedacted',
    'deadline',
    'inbox',
    'reporterAccessUntil',
    'messageConsent',
    'trackingPin',
    'mayWork',
  ].map((name): [string, Answer] => [name, always]),
  ['originUnit', (parts) => (parts.originUnit = true)],
  ['escalatedTo', (parts) => (parts.escalatedTo = true)],
  [
    'applicant',
    (parts, sub) => {
      parts.applicant = true;
      if (sub.has('kkNumber') || sub.has('kkMasked')) parts.applicantKk = true;
      return true;
    },
  ],
  // A document's files are read through the ORM.
  ['documents', (parts, sub) => (parts.documents = true) && !sub.has('files')],
  ['missingDocuments', (parts) => (parts.documents = true)],
  ['availableActions', (parts) => (parts.documents = parts.workflow = true)],
]);

/**
 * Look-ahead at a `cases` field: the parts to read when the read model can answer every field
 * its `edges { node { … } }` asks, or null when one of them needs the ORM.
 */
export function listParts(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): ListParts | null {
  const { fragments } = info;
  const connection = collectAll(
    info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])),
    fragments,
  );
  const edges = collectAll(connection.get('edges'), fragments);
  const node = collectAll(edges.get('node'), fragments);
  const parts: ListParts = {
    applicant: false,
    applicantKk: false,
    documents: false,
    originUnit: false,
    escalatedTo: false,
    workflow: false,
  };
  for (const [name, sets] of node) {
    const answer = ANSWERED.get(name);
    if (!answer || !answer(parts, collectAll(sets, fragments))) return null;
  }
  return parts;
}
