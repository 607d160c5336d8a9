import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { CostBudgets } from './cost-budget.js';
import { queryCost } from './query-cost.js';

/** `extensions.cost` of every answer to an operation that passed validation. */
export interface CostExtension {
  /** What the operation costs (see query-cost.ts), computed before it ran. */
  requestedQueryCost: number;
  /** The most one operation may cost: QUERY_COST_MAX. */
  maximum: number;
  /** The key's budget in this server process; null when QUERY_COST_BUDGET_PER_MINUTE is 0 (no budget). */
  budget: { perMinute: number; remaining: number } | null;
}

export interface QueryCostSettings {
  maximum: number;
  /** The per-key budgets, shared by every endpoint of the server; null for none. */
  budgets: CostBudgets | null;
}

/**
 * Prices each operation once it is resolved, before any resolver runs, and refuses it whole when
 * it costs more than `maximum` (QUERY_TOO_COSTLY, 400: a request error, 200 with
 * `application/json` as the other request errors) or than its key's budget holds
 * (BUDGET_EXHAUSTED, 429 with Retry-After). Every answer then carries `extensions.cost`.
 * `keyOf` names the request's API key (its id) from the endpoint's context.
 */
export function queryCostPlugin<Ctx extends BaseContext>(
  { maximum, budgets, keyOf }: QueryCostSettings & { keyOf(context: Ctx): number },
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      let cost: CostExtension | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          // Apollo resolves an operation before this hook or answers OPERATION_RESOLUTION_FAILURE.
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const requested = queryCost(schema, operation, fragments, request.variables ?? {});
          if (requested > maximum) {
            cost = { requestedQueryCost: requested, maximum, budget: null };
            throw new GraphQLError(
              `The operation costs ${requested}; at most ${maximum} is allowed. Ask for smaller pages (first/last) or fewer nested connections: a connection costs its page size times what each item selects.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost: requested, maximum, http: { status: 400 } } },
            );
          }
          if (!budgets) {
            cost = { requestedQueryCost: requested, maximum, budget: null };
            return;
          }
          const answer = budgets.take(keyOf(contextValue), requested);
          cost = { requestedQueryCost: requested, maximum, budget: { perMinute: budgets.perMinute, remaining: answer.remaining } };
          if (!answer.granted) {
            throw new GraphQLError(
              `The operation costs ${requested}, but this key's budget holds ${answer.remaining} of ${budgets.perMinute} a minute; it refills continuously: retry in ${answer.retryAfterSeconds} s.`,
              {
                extensions: {
                  code: 'BUDGET_EXHAUSTED', cost: requested, remaining: answer.remaining, perMinute: budgets.perMinute,
                  retryAfterSeconds: answer.retryAfterSeconds,
                  http: { status: 429, headers: new HeaderMap([['retry-after', String(answer.retryAfterSeconds)]]) },
                },
              },
            );
          }
        },
        async willSendResponse({ response }) {
          if (!cost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
