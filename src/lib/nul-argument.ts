import { Kind, type FieldNode, type ValueNode } from 'graphql';

/**
 * The argument path (`["where", "search"]`, `["input", "rows", "0", "name"]`) of `field` that
 * brought a NUL character (U+0000) the database refused, as far as the document shows it.
 *
 * A string literal holding a NUL is the culprit, named exactly. Otherwise the NUL came in a
 * variable, whose value is not in the document: when the field's arguments use one variable only,
 * it is named by where it is used (exact for `externalId: $id`, the argument for `input: $input`).
 * With several variables nothing certain can be said, and null is answered.
 */
export function nulArgumentPath(field: FieldNode): string[] | null {
  const variables: string[][] = [];
  const find = (value: ValueNode, path: string[]): string[] | null => {
    switch (value.kind) {
      case Kind.STRING:
        return value.value.includes('\u0000') ? path : null;
      case Kind.VARIABLE:
        variables.push(path);
        return null;
      case Kind.LIST:
        for (const [index, item] of value.values.entries()) {
          const found = find(item, [...path, String(index)]);
          if (found) return found;
        }
        return null;
      case Kind.OBJECT:
        for (const member of value.fields) {
          const found = find(member.value, [...path, member.name.value]);
          if (found) return found;
        }
        return null;
      default:
        return null;
    }
  };
  for (const argument of field.arguments ?? []) {
    const found = find(argument.value, [argument.name.value]);
    if (found) return found;
  }
  return variables.length === 1 ? variables[0] : null;
}
