import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedStatements } from './cli/seed-sql.js';
import { startTestApi, type TestApi } from './testing/api.js';
import { CARD_QUERY } from './testing/card-query.js';

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

// The card query the benchmark loads as "nested": what is bounded here is what is measured there.
const CARDS = CARD_QUERY;

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

  // authentication, the page of counterparties, then persons, chronicle (its entries' employees
  // read with them: see `reference` in db/columns.ts), obligations
  const expected = 1 + 1 + 3;
  expect(few.statements).toBe(expected);
  expect(many.statements).toBe(expected);
});

const COMMERCE = `query($first: Int!) {
  counterparties(first: $first, where: { roles: [CLIENT] }) {
    edges { node {
      name
      agreements { name terms { currency } contracts { number lines { amount product { name } } } }
    } }
  }
}`;

it('walks counterparty → agreements → contracts → lines → product in one statement per level', async () => {
  // Contracts for the first clients with an individual agreement, so every level has rows.
  const withAgreements = await api.request('{ counterparties(first: 100, where: { roles: [CLIENT] }) { edges { node { id agreements { id } } } } }');
  const products = await api.request('{ products(first: 2) { edges { node { id } } } }');
  const [first, second] = products.data.products.edges.map((edge: { node: { id: string } }) => edge.node.id);
  const owners = withAgreements.data.counterparties.edges.map((e: any) => e.node).filter((c: any) => c.agreements.length > 0).slice(0, 4);
  expect(owners.length).toBeGreaterThan(1);
  for (const [index, owner] of owners.entries()) {
    await api.mutate('createContract', {
      counterpartyId: owner.id, agreementId: owner.agreements[0].id, number: `B-${index}`, date: '2026-03-02',
      lines: [{ productId: first, quantity: '2', unitPrice: '10.00' }, { productId: second, quantity: '1', unitPrice: '5.50' }],
    }, 'contract { id }');
  }
  const few = await api.request(COMMERCE, { first: 5 });
  const many = await api.request(COMMERCE, { first: 50 });
  expect(few.errors).toBeUndefined();
  const contracts = many.data.counterparties.edges.flatMap((e: any) => e.node.agreements.flatMap((a: any) => a.contracts));
  expect(contracts.length).toBe(owners.length);
  expect(contracts[0].lines).toHaveLength(2);
  // authentication, the page, agreements, their bases (for the effective currency), group
  // discounts, contracts, lines, products
  expect(many.statements).toBe(few.statements);
  expect(many.statements).toBe(8);
});
