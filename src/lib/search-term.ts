import { badInput } from './errors.js';

const SEARCH_MIN = 2;

/** No name, requisite or e-mail is longer; a longer term only costs the trigram match its time. */
export const SEARCH_MAX = 200;

/**
 * A `where.search` argument as the lists use it: trimmed, blank meaning no search; a term
 * shorter than two characters would match nearly everything, and one longer than SEARCH_MAX
 * nothing, so either is a BAD_USER_INPUT.
 */
export function searchTerm(value: string | null | undefined): string | null {
  const term = value?.trim();
  if (!term) return null;
  if (term.length < SEARCH_MIN) throw badInput(`"search" needs at least ${SEARCH_MIN} characters.`, ['where', 'search']);
  if (term.length > SEARCH_MAX) throw badInput(`"search" may have at most ${SEARCH_MAX} characters.`, ['where', 'search']);
  if (term.includes('\u0000')) throw badInput('"search" may not contain the NUL character.', ['where', 'search']);
  return term;
}
