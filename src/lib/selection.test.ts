import { parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { expect, it } from 'vitest';
import { selectedFieldNames } from './selection';

function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition')
    .map((d) => [d.name.value, d]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

it('collects the fields selected on a connection\'s nodes, through aliases and fragments', () => {
  const info = infoOf(`{
    counterparties(first: 5) {
      totalCount
      edges { cursor node { id shortName: name ...Contacts ... on Counterparty { notes } } }
      edges { node { taxNumber } }
    }
  }
  fragment Contacts on Counterparty { phones { number } emails { address } }`);
  expect([...selectedFieldNames(info, ['edges', 'node'])].sort()).toEqual(['emails', 'id', 'name', 'notes', 'phones', 'taxNumber']);
  expect([...selectedFieldNames(info, ['edges'])].sort()).toEqual(['cursor', 'node']);
  expect(selectedFieldNames(info, ['pageInfo']).size).toBe(0);
});
