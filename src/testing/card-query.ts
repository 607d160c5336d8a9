/**
 * A front end's typical page of counterparty cards: persons, the last 10 chronicle entries with
 * their employee, open obligations. src/statement-bound.test.ts holds it to one statement per
 * nested field; `npm run bench` loads it as its "nested" scenario, so what is bounded there is
 * what is measured here.
 */
export const CARD_QUERY = `query Cards($first: Int!) {
  counterparties(first: $first) {
    edges { node {
      name
      persons { fullName }
      chronicle(first: 10) { edges { node { subject occurredAt responsibleEmployee { fullName } } } }
      obligations(where: { statuses: [OPEN, PARTIALLY_FULFILLED] }) { amount dueDate }
    } }
  }
}`;
