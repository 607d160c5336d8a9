import { parse, type FragmentDefinitionNode, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { expect, it } from 'vitest';
import { selectionOf, type Selection } from './selection.js';

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
  const names = (selection: Selection) => [...selection.keys()].sort();
  const nodes = selectionOf(info, ['edges', 'node']);
  expect(names(nodes)).toEqual(['emails', 'id', 'name', 'notes', 'phones', 'taxNumber']);
  expect(names(nodes.get('phones')!)).toEqual(['number']);
  expect(nodes.get('id')!.size).toBe(0);
  expect(names(selectionOf(info, ['edges']))).toEqual(['cursor', 'node']);
  expect(selectionOf(info, ['pageInfo']).size).toBe(0);
  // Walked once per field: the resolver of every parent gets the same selection.
  expect(selectionOf(info, ['edges', 'node'])).toBe(nodes);
});

it('merges what a field selects where it is selected more than once', () => {
  const info = infoOf(`{ counterparty(id: "x") { responsibleEmployee { fullName } ...E } } fragment E on Counterparty { responsibleEmployee { email } }`);
  expect([...selectionOf(info, []).get('responsibleEmployee')!.keys()].sort()).toEqual(['email', 'fullName']);
});
