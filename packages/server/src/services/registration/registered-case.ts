import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Case } from '../../entities/case.entity.js';
import { CASE_PLAIN_FIELDS as PLAIN_FIELDS, type CasePlainField } from '../case-plain-fields.js';

type PlainField = CasePlainField;
const ANSWERED: ReadonlySet<string> = new Set<string>(['__typename', ...PLAIN_FIELDS]);

/**
 * A registered case answered as the plain values written, without a managed MikroORM entity:
 * making that entity (its ~50 tracking accessors, a reference per relation, the identity map) was
 * ~8 % of registerCase's CPU, for clients such as OPD systems that ask `{ id code }`. Only when
 * the selection asks nothing else (`answersPlain`); any other field gets the entity.
 */
export class RegisteredCase implements Pick<Case, PlainField> {
  id!: string;
  code!: string;
  status!: string;
  dusun!: string | null;
  rw!: string | null;
  rt!: string | null;
  description!: string;
  registeredAt!: Date;
  closedAt!: Date | null;
  outcome!: Case['outcome'];
  declineReason!: Case['declineReason'];
  settlementKind!: Case['settlementKind'];
  updatedAt!: Date;
  version!: number;

  /** From every written property of the case (`EntityRows.complete`), as the entity would hold them. */
  static of(written: Readonly<Record<string, unknown>>): RegisteredCase {
    const c = new RegisteredCase();
    const into = c as unknown as Record<string, unknown>;
    for (const field of PLAIN_FIELDS) {
      if (!(field in written)) throw new Error(`registered case: ${field} was not written`);
      into[field] = written[field];
    }
    return c;
  }
}

function plainOnly(
  set: SelectionSetNode | undefined,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): boolean {
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) {
      if (s.selectionSet || !ANSWERED.has(s.name.value)) return false;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (!plainOnly(s.selectionSet, fragments)) return false;
    } else {
      const fragment = fragments[s.name.value];
      if (!fragment || !plainOnly(fragment.selectionSet, fragments)) return false;
    }
  }
  return true;
}

/** Whether every field the mutation's answer asks (fragments and aliases included) is a plain column. */
export function answersPlain(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  return info.fieldNodes.every((f) => plainOnly(f.selectionSet, info.fragments));
}
