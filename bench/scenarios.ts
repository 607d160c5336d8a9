import type postgres from 'postgres';
import { seedPrefix } from '../src/cli/seed-sql.js';
import { CARD_QUERY } from '../src/testing/card-query.js';

/**
 * The read scenarios as a front end sends them: a flat list page, a page of counterparty cards
 * with their nested lists, the quick search, and the heaviest report (the contacts of a month). Each has the request bodies the load
 * rotates through and a check that an answer really carries the data asked for.
 */
export type HttpScenarioName = 'flat' | 'nested' | 'search' | 'contacts-report';

export interface HttpScenario {
  name: HttpScenarioName;
  description: string;
  /** JSON bodies for POST /graphql; the load sends them in turn. */
  bodies: string[];
  /** Why `data` is not the expected answer, or null when it is. */
  check(data: any): string | null;
}

const PAGE = 50;
const SEARCH_PAGE = 20;

export const FLAT_QUERY = `query Flat($first: Int!) {
  counterparties(first: $first) {
    edges { node { id name legalName taxNumber kind roles importance createdAt updatedAt } }
  }
}`;

export const SEARCH_QUERY = `query Search($first: Int!, $search: String!) {
  counterparties(first: $first, where: { search: $search }) {
    edges { node { id name taxNumber phones { number } } }
  }
}`;

/**
 * The heaviest report on the bench data: a month of the chronicle (about 1/60 of it: the seed
 * spreads five years) counted per responsible employee and week in a zone, with the employees'
 * names. One statement for the report, one for the employees.
 */
export const CONTACTS_REPORT_QUERY = `query ContactsReport($from: LocalDate!, $to: LocalDate!) {
  contactsReport(from: $from, to: $to, timeZone: "Europe/Kyiv", groupBy: [EMPLOYEE, WEEK]) {
    rows { employee { fullName } periodStart contacts done planned cancelled minutesSpent }
    total { contacts done }
  }
}`;

/** The first and last day of each of the `count` whole months before `now`, latest first: seeded entries fill them all. */
function pastMonths(now: Date, count: number): { from: string; to: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1 - i, 1));
    const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 0));
    return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
  });
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const nodesOf = (data: any): any[] => data?.counterparties?.edges?.map((edge: { node: unknown }) => edge.node) ?? [];

/** Search terms that find seeded rows: one name, one phone and one tax number fragment. */
export interface SearchTerms { name: string; phone: string; taxNumber: string }

/**
 * Takes the terms from a seeded organisation in the middle of the data set. Seeded names are
 * "<Word> <Trade> <n>" (the first two words are shared by about one row in 300), phones are
 * "+380 " and nine digits, tax numbers eight digits (see src/cli/seed-sql.ts).
 */
export async function pickSearchTerms(sql: postgres.Sql, counterparties: number): Promise<SearchTerms> {
  const [row] = await sql<{ name: string; tax_number: string; phone: string }[]>`
    select name, tax_number, phones->0->>'number' as phone from counterparties
    where kind = 'ORGANIZATION' and external_id like ${`${seedPrefix('%')}%`}
    order by id offset ${Math.floor(counterparties / 2)} limit 1`;
  if (!row) throw new Error('The data set has no seeded organisation to take search terms from.');
  const digits = row.phone.replace(/[^0-9]/g, '').slice(3); // without the country code 380
  return {
    name: row.name.split(' ').slice(0, 2).join(' '),
    // Written as people type it, with a space: the API matches phones by their digits.
    phone: `${digits.slice(0, 3)} ${digits.slice(3, 7)}`,
    taxNumber: row.tax_number,
  };
}

export function httpScenarios(terms: SearchTerms): Record<HttpScenarioName, HttpScenario> {
  return {
    flat: {
      name: 'flat',
      description: `counterparties(first: ${PAGE}), nine scalar fields`,
      bodies: [body(FLAT_QUERY, { first: PAGE })],
      check: (data) => (nodesOf(data).length === PAGE ? null : `expected ${PAGE} counterparties, got ${nodesOf(data).length}`),
    },
    nested: {
      name: 'nested',
      description: `${PAGE} cards: persons, chronicle(first: 10) with responsibleEmployee, open obligations`,
      bodies: [body(CARD_QUERY, { first: PAGE })],
      check: (data) => {
        const cards = nodesOf(data);
        if (cards.length !== PAGE) return `expected ${PAGE} cards, got ${cards.length}`;
        if (!cards.some((card) => card.persons.length > 0)) return 'no card has persons';
        const entries = cards.flatMap((card) => card.chronicle.edges.map((edge: { node: any }) => edge.node));
        if (entries.length === 0) return 'no card has chronicle entries';
        if (!entries.some((entry) => entry.responsibleEmployee?.fullName)) return 'no chronicle entry has its employee';
        return null;
      },
    },
    'contacts-report': {
      name: 'contacts-report',
      description: 'contactsReport of a month grouped by [EMPLOYEE, WEEK] with the employees\' names, rotating the last three months',
      bodies: pastMonths(new Date(), 3).map((month) => body(CONTACTS_REPORT_QUERY, month)),
      check: (data) => {
        const report = data?.contactsReport;
        if (!report || report.total.contacts === 0) return 'the month has no contacts';
        if (!report.rows.some((row: { employee: { fullName: string } | null }) => row.employee?.fullName)) return 'no row has its employee';
        const counted = report.rows.reduce((sum: number, row: { contacts: number }) => sum + row.contacts, 0);
        return counted === report.total.contacts ? null : `the rows count ${counted} contacts, the total ${report.total.contacts}`;
      },
    },
    search: {
      name: 'search',
      description: `counterparties(first: ${SEARCH_PAGE}, where: { search }) rotating "${terms.name}", "${terms.phone}", "${terms.taxNumber}"`,
      bodies: [terms.name, terms.phone, terms.taxNumber].map((search) => body(SEARCH_QUERY, { first: SEARCH_PAGE, search })),
      check: (data) => (nodesOf(data).length > 0 ? null : 'the search found nothing'),
    },
  };
}
