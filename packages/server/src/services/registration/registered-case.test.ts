import { Kind, parse, type FieldNode, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { answersPlain } from './registered-case.js';

/** answersPlain as the registerCase resolver calls it, for the mutation's first field. */
function plain(query: string): boolean {
  const document = parse(query);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  let field: FieldNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
    if (d.kind === Kind.OPERATION_DEFINITION) field = d.selectionSet.selections[0] as FieldNode;
  }
  if (!field) throw new Error('no field');
  return answersPlain({ fieldNodes: [field], fragments });
}

describe('registerCase answers without an entity only when the client asks the case’s own columns', () => {
  it('plain columns, through aliases and fragments: no entity', () => {
    expect(plain('mutation { registerCase(input: {}) { id code } }')).toBe(true);
    expect(
      plain(`mutation { r: registerCase(input: {}) { __typename caseId: id ...Own ... on Case { version } } }
        fragment Own on Case { code status registeredAt }`),
    ).toBe(true);
  });

  it('a nested field, a field with its own resolver or policy, or an unknown fragment: the entity', () => {
    expect(plain('mutation { registerCase(input: {}) { id deadline { dueAt } } }')).toBe(false);
    expect(plain('mutation { registerCase(input: {}) { id holder { name } } }')).toBe(false);
    expect(plain('mutation { registerCase(input: {}) { id trackingPin } }')).toBe(false);
    expect(plain('mutation { registerCase(input: {}) { id facts } }')).toBe(false);
    expect(plain('mutation { registerCase(input: {}) { ...Gone } }')).toBe(false);
    expect(plain(`mutation { registerCase(input: {}) { ...Own } } fragment Own on Case { code sector { id } }`)).toBe(
      false,
    );
  });
});
