import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields a query selects on an object, each with what it selects in turn (empty for a leaf). */
export type Selection = ReadonlyMap<string, Selection>;

/**
 * What a query selects on the objects at `path` below the field being resolved, e.g.
 * `['edges', 'node']` for the nodes of a connection, through fragments and aliases (a field
 * selected twice has both selections merged). Directives are not evaluated: a field under `@skip`
 * counts as selected, which can only fetch more than needed, never less.
 */
export function selectionOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Selection {
  // A nested list's resolver runs once per parent with the same field nodes: walk them once.
  let byPath = memo.get(info.fieldNodes);
  if (!byPath) memo.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join('.');
  let selection = byPath.get(key);
  if (!selection) {
    let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    for (const name of path) {
      sets = sets.flatMap((set) => fieldsOf(set, info.fragments).filter((field) => field.name === name).flatMap((field) => field.selectionSet ?? []));
    }
    byPath.set(key, (selection = collect(sets, info.fragments)));
  }
  return selection;
}

const memo = new WeakMap<GraphQLResolveInfo['fieldNodes'], Map<string, Selection>>();

function collect(sets: SelectionSetNode[], fragments: GraphQLResolveInfo['fragments']): Selection {
  const bySubfield = new Map<string, SelectionSetNode[]>();
  for (const field of sets.flatMap((set) => fieldsOf(set, fragments))) {
    const subsets = bySubfield.get(field.name) ?? [];
    if (field.selectionSet) subsets.push(field.selectionSet);
    bySubfield.set(field.name, subsets);
  }
  return new Map([...bySubfield].map(([name, subsets]) => [name, collect(subsets, fragments)]));
}

interface SelectedField { name: string; selectionSet: SelectionSetNode | null }

function fieldsOf(set: SelectionSetNode, fragments: GraphQLResolveInfo['fragments']): SelectedField[] {
  return set.selections.flatMap((selection): SelectedField[] => {
    if (selection.kind === Kind.FIELD) return [{ name: selection.name.value, selectionSet: selection.selectionSet ?? null }];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments);
    const fragment = fragments[selection.name.value];
    return fragment ? fieldsOf(fragment.selectionSet, fragments) : [];
  });
}
