import { Kind, parse, type FieldNode, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { listParts, type ListParts } from './case-list-selection.js';

/** listParts as the `cases` resolver calls it, for the first `cases` field of a query. */
function partsOf(query: string): ListParts | null {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let cases: FieldNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    if (d.kind === Kind.OPERATION_DEFINITION) {
      cases = d.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'cases');
    }
  }
  if (!cases) throw new Error('no cases field');
  return listParts({ fieldNodes: [cases], fragments });
}

const NONE: ListParts = {
  applicant: false,
  applicantKk: false,
  documents: false,
  originUnit: false,
  escalatedTo: false,
  workflow: false,
};

describe('the case list look-ahead', () => {
  it('reads only the parts the nested list asks (the bench list: applicant, documents)', () => {
    expect(
      partsOf(`{ cases(first: 50) { edges { node { id code status applicant { name nik } documents { code status }
        holder { name } deadline { dueAt state workingDaysLeft } } } } }`),
    ).toEqual({ ...NONE, applicant: true, documents: true });
  });

  it('follows fragments, inline fragments and aliases', () => {
    expect(
      partsOf(`query { list: cases(first: 5) { ...Page } }
        fragment Page on CaseConnection { items: edges { node { ... on Case { ...Summary } } } }
        fragment Summary on Case { who: applicant { ...Party } escalatedTo { name } }
        fragment Party on CaseParty { kkMasked }`),
    ).toEqual({ ...NONE, applicant: true, applicantKk: true, escalatedTo: true });
  });

  it('reads the workflow facts for availableActions, and nothing for a count', () => {
    expect(partsOf(`{ cases { edges { node { availableActions { id } originUnit { id } } } } }`)).toEqual({
      ...NONE,
      documents: true,
      workflow: true,
      originUnit: true,
    });
    expect(partsOf(`{ cases(first: 1) { totalCount pageInfo { hasNextPage } } }`)).toEqual(NONE);
  });

  it('leaves a page to the ORM when one field needs it, however deep or wherever it is asked', () => {
    for (const node of [
      'id timeline { type }',
      'beneficiaries { name }',
      'visits { kind }',
      'documents { code files { id } }',
      'id ...F',
    ]) {
      expect(
        partsOf(`{ cases { edges { node { ${node} } } } } fragment F on Case { code visits { kind } }`),
        node,
      ).toBeNull();
    }
  });
});
