import { or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { likePattern } from '../lib/text.js';

/**
 * The SQL that a `search_text` column is generated from: the given texts and the e-mail
 * addresses as they are, phone numbers as bare digits (one comma-separated list), all lower-case.
 * Phones are kept only as digits so that "067 123", "(067) 123" and "067123" all find
 * "+38 (067) 123-45-67", and so the trigram index stays small.
 */
export function searchTextExpression(texts: string[]): SQL {
  const parts = [
    ...texts.map((column) => `coalesce(${column}, '')`),
    `jsonb_path_query_array(emails, '$[*].address')::text`,
    `regexp_replace(jsonb_path_query_array(phones, '$[*].number')::text, '[^0-9,]', '', 'g')`,
  ];
  return sql.raw(`lower(${parts.join(` || ' ' || `)})`);
}

/**
 * Matches a term against a `search_text` column as typed; a term that could be part of a phone
 * number also matches by its digits, so "067 123" finds "+38 (067) 123-45-67" while "1234-5678"
 * still finds a tax number written that way.
 */
export function searchTextMatches(column: AnyColumn, term: string): SQL {
  const lower = term.trim().toLowerCase();
  const digits = lower.replace(/[^0-9]/g, '');
  const asTyped = sql`${column} like ${likePattern(lower)}`;
  const couldBePhone = digits.length >= 3 && digits !== lower && /^[0-9+()\-.\s/]+$/.test(lower);
  return couldBePhone ? or(asTyped, sql`${column} like ${likePattern(digits)}`)! : asTyped;
}

/**
 * The SQL that a `contact_keys` column is generated from: the keys by which two records are the
 * same party, each prefixed by its kind: `p:` and a phone's digits, `e:` and a lower-case e-mail
 * address, `t:` and a tax number without spaces, dashes or dots, upper-case. Contact cards and
 * counterparties carry the same column with a GIN index, so one `&&` (overlap) finds the
 * records sharing any key with another through the index (see the contact-cards repository).
 * Phones are validated to digits and `+()-./ ` only, e-mails to addresses without commas or
 * spaces, so a comma-separated list splits back into the keys.
 */
export function contactKeysExpression(): SQL {
  const phones = `regexp_replace(regexp_replace(jsonb_path_query_array(phones, '$[*].number')::text, '[^0-9,]', '', 'g'), '([0-9]+)', 'p:\\1', 'g')`;
  const emails = `btrim(regexp_replace(lower(jsonb_path_query_array(emails, '$[*].address')::text), '"([^"]*)"', 'e:\\1', 'g'), '[]')`;
  const tax = `upper(regexp_replace(coalesce(tax_number, ''), '[\\s./-]', '', 'g'))`;
  return sql.raw(`array_remove(
    string_to_array(${phones}, ',')
    || string_to_array(replace(${emails}, ' ', ''), ',')
    || case when ${tax} = '' then '{}'::text[] else array['t:' || ${tax}] end, '')`);
}
