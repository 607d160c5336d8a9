import { graphqlRequest } from './client.js';

/**
 * Makes sure the counterparty groups `paths` name (`Clients/Key accounts`) exist, creating the
 * missing ones through the API; the import refuses a row whose group does not exist.
 */
export async function ensureCounterpartyGroups(url: string, key: string, paths: string[]): Promise<string[]> {
  type Group = { id: string; name: string };
  type CreateAnswer = { createCounterpartyGroup: { group: Group | null; userErrors: Array<{ message: string }> } };
  const children = new Map<string, Group[]>();
  const created: string[] = [];

  async function childrenOf(parentId: string | null): Promise<Group[]> {
    const cacheKey = parentId ?? '';
    if (!children.has(cacheKey)) {
      const list = parentId === null
        ? (await graphqlRequest<{ counterpartyGroups: Group[] }>(url, key, '{ counterpartyGroups { id name } }')).counterpartyGroups
        : (await graphqlRequest<{ node: { children: Group[] } }>(url, key,
          'query($id: ID!) { node(id: $id) { ... on CounterpartyGroup { children { id name } } } }', { id: parentId })).node.children;
      children.set(cacheKey, list);
    }
    return children.get(cacheKey)!;
  }

  for (const path of paths) {
    let parentId: string | null = null;
    const names = path.split('/');
    for (const [depth, name] of names.entries()) {
      const siblings = await childrenOf(parentId);
      let group: Group | undefined = siblings.find((g) => g.name.toLowerCase() === name.toLowerCase());
      if (!group) {
        const answer: CreateAnswer = await graphqlRequest<CreateAnswer>(url, key,
          'mutation($input: CreateCounterpartyGroupInput!) { createCounterpartyGroup(input: $input) { group { id name } userErrors { message } } }',
          { input: { name, ...(parentId ? { parentId } : {}) } });
        const payload: CreateAnswer['createCounterpartyGroup'] = answer.createCounterpartyGroup;
        if (!payload.group) throw new Error(`Could not create group "${name}": ${payload.userErrors.map((e) => e.message).join('; ')}`);
        group = payload.group;
        siblings.push(group);
        children.set(group.id, []);
        created.push(names.slice(0, depth + 1).join('/'));
      }
      parentId = group.id;
    }
  }
  return created;
}
