import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { typeDefs } from '../../schema/typeDefs.generated.js';
import { CARD_QUERY } from '../testing/card-query.js';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { CostBudgets } from './cost-budget.js';
import { queryCost } from './query-cost.js';

const schema = buildSchema(`
  type Query {
    counterparty: Counterparty
    counterparties(first: Int, last: Int): CounterpartyConnection!
    node: Node
  }
  interface Node { id: ID! }
  type PageInfo { hasNextPage: Boolean! }
  type Counterparty implements Node {
    id: ID!
    name: String!
    manager: Employee
    persons: [Person!]!
    chronicle(first: Int, last: Int): EntryConnection!
  }
  type Employee { name: String! }
  type Person implements Node { id: ID! name: String! employer: Counterparty }
  type CounterpartyConnection { edges: [CounterpartyEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type CounterpartyEdge { cursor: String! node: Counterparty! }
  type EntryConnection { edges: [EntryEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type EntryEdge { cursor: String! node: Entry! }
  type Entry { subject: String! employee: Employee }
`);

const costOf = (query: string, variables: Record<string, unknown> = {}, against = schema) => {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions
    .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return queryCost(against, operation, fragments, variables);
};

describe('queryCost', () => {
  it('charges nothing for scalars and introspection, 1 for each object and plain list', () => {
    expect(costOf('{ __typename }')).toBe(0);
    expect(costOf('{ __schema { types { name fields { name } } } }')).toBe(0);
    expect(costOf('{ counterparty { id name } }')).toBe(1);
    expect(costOf('{ counterparty { manager { name } persons { name employer { name } } } }')).toBe(1 + 1 + 1 + 1);
  });

  it('charges a connection its page size times what each edge selects; pageInfo and totalCount ride free', () => {
    expect(costOf('{ counterparties(first: 10) { edges { node { name } } } }')).toBe(1 + 10 * 1);
    expect(costOf('{ counterparties(last: 7) { totalCount pageInfo { hasNextPage } edges { cursor node { manager { name } } } } }')).toBe(1 + 7 * 2);
    // Without first or last, a connection is its default page, 20.
    expect(costOf('{ counterparties { edges { node { id } } } }')).toBe(1 + 20);
    expect(costOf('{ counterparties(first: 0) { edges { node { id } } } }')).toBe(1);
  });

  it('multiplies nested connections', () => {
    const query = '{ counterparties(first: 100) { edges { node { chronicle(first: 10) { edges { node { subject employee { name } } } } } } } }';
    // each counterparty: itself (1) + its chronicle (1 + 10 × (entry 1 + employee 1))
    expect(costOf(query)).toBe(1 + 100 * (1 + 1 + 10 * 2));
  });

  it('reads page sizes from variables, and from their defaults', () => {
    const query = 'query($n: Int, $m: Int = 3) { counterparties(first: $n) { edges { node { chronicle(last: $m) { edges { node { subject } } } } } } }';
    expect(costOf(query, { n: 5 })).toBe(1 + 5 * (1 + 1 + 3));
    expect(costOf(query, { n: 5, m: 50 })).toBe(1 + 5 * (1 + 1 + 50));
    // An unset variable leaves the default page.
    expect(costOf(query)).toBe(1 + 20 * (1 + 1 + 3));
  });

  it('counts fragments and inline fragments as the fields they hold, each time they are spread', () => {
    const query = `query {
      counterparties(first: 4) { ...Page }
      node { ... on Counterparty { manager { name } } ... on Person { employer { name } } }
    }
    fragment Page on CounterpartyConnection { edges { node { ...Card } } }
    fragment Card on Counterparty { manager { name } again: manager { name } }`;
    expect(costOf(query)).toBe((1 + 4 * (1 + 2)) + (1 + 1 + 1));
  });

  it('prices the card page of the benchmark and the statement-bound test far under the default maximum', () => {
    const staff = makeExecutableSchema({ typeDefs });
    // 100 cards: each 1 + persons 1 + chronicle (1 + 10 × (entry + employee)) + obligations 1
    expect(costOf(CARD_QUERY, { first: 100 }, staff)).toBe(1 + 100 * (1 + 1 + (1 + 10 * 2) + 1));
  });
});

describe('CostBudgets', () => {
  it('starts each key full, takes each cost, refuses what it does not hold and refills continuously', () => {
    let now = 0;
    const budgets = new CostBudgets(600, () => now);
    expect(budgets.take(1, 500)).toEqual({ granted: true, remaining: 100, retryAfterSeconds: 0 });
    // 600 a minute is 10 a second: 300 more need 20 s.
    expect(budgets.take(1, 400)).toEqual({ granted: false, remaining: 100, retryAfterSeconds: 30 });
    expect(budgets.take(2, 400)).toEqual({ granted: true, remaining: 200, retryAfterSeconds: 0 });
    now = 30_000;
    expect(budgets.take(1, 400)).toEqual({ granted: true, remaining: 0, retryAfterSeconds: 0 });
    now = 3_600_000;
    // Never more than a minute's worth.
    expect(budgets.take(1, 0).remaining).toBe(600);
  });
});
