import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects on the objects at `path` below the field being
 * resolved, e.g. `['edges', 'node']` for the nodes of a connection, through fragments and
 * aliases. Directives are not evaluated: a field under `@skip` counts as selected, which can
 * only fetch more than needed, never less.
 */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): ReadonlySet<string> {
  // A nested list's resolver runs once per parent with the same field nodes: walk them once.
  let byPath = memo.get(info.fieldNodes);
  if (!byPath) memo.set(info.fieldNodes, (byPath = new Map()));
  const key = path.join('.');
  let names = byPath.get(key);
  if (!names) byPath.set(key, (names = collectNames(info, path)));
  return names;
}

const memo = new WeakMap<GraphQLResolveInfo['fieldNodes'], Map<string, ReadonlySet<string>>>();

function collectNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = sets.flatMap((set) => fieldsOf(set, info.fragments).filter((field) => field.name === name).flatMap((field) => field.selectionSet ?? []));
  }
  return new Set(sets.flatMap((set) => fieldsOf(set, info.fragments).map((field) => field.name)));
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
