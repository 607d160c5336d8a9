import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedStatements } from './cli/seed-sql';
import { startTestApi, type TestApi } from './testing/api';

/**
 * The N+1 guard: a front end's typical card query sends the same number of SQL statements for 5
 * counterparties as for 50 — one per nested field, never one per row.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  const size = { counterparties: 60, personsPerCounterparty: 3, chroniclePerCounterparty: 15, obligationsPerCounterparty: 3 };
  await api.db.transaction(async (tx) => {
    for (const statement of seedStatements('bound', size)) await tx.execute(statement);
  });
});
afterAll(async () => { await api?.stop(); });

const CARDS = `query($first: Int!) {
  counterparties(first: $first) {
    edges { node {
      name
      persons { fullName }
      chronicle(first: 10) { edges { node { subject occurredAt responsibleEmployee { fullName } } } }
      obligations(where: { statuses: [OPEN, PARTIALLY_FULFILLED] }) { amount dueDate }
    } }
  }
}`;

it('sends one statement per nested field, whatever the number of rows', async () => {
  const few = await api.request(CARDS, { first: 5 });
  const many = await api.request(CARDS, { first: 50 });
  expect(few.errors).toBeUndefined();
  expect(many.errors).toBeUndefined();
  const cards = many.data.counterparties.edges.map((edge: { node: any }) => edge.node);
  expect(cards).toHaveLength(50);
  // The data is really there, so the count below is not the count of an empty answer.
  expect(cards.every((card: any) => card.persons.length === 3 && card.chronicle.edges.length === 10)).toBe(true);
  expect(cards.some((card: any) => card.obligations.length > 0)).toBe(true);
  expect(cards[0].chronicle.edges[0].node.responsibleEmployee.fullName).toEqual(expect.any(String));

  // authentication, the page of counterparties, then persons, chronicle, employees, obligations
  const expected = 1 + 1 + 4;
  expect(few.statements).toBe(expected);
  expect(many.statements).toBe(expected);
});
