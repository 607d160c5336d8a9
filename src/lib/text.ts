/** A LIKE pattern that matches `fragment` anywhere, with the fragment's own % _ \ taken literally. */
export function likePattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
