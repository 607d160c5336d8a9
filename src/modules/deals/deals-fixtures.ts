import { expect } from 'vitest';
import type { TestApi } from '../../testing/api.js';
import { claimFixtures } from '../claims/claims-fixtures.js';

/** The deals API tests' way to make the rows they need, each under names of the calling test's own. */
export function dealFixtures(api: TestApi) {
  // Counterparties, employees and orders are made as the claims tests make them.
  const base = claimFixtures(api);

  const DEAL = `id externalId name amount currency expectedDate stage column result closedAt lastMovedAt silentSince followUpDue version
    counterparty { id } assignedEmployee { id } informationSource { id } lostReason { id name } contract { id } orders { id }
    moves { kind fromColumn toColumn fromStage toStage result lostReason { id } note at movedBy { id } movedByApiKeyNumber }`;

  async function created(input: Record<string, unknown>) {
    const { payload, errors } = await base.run('createDeal', { name: 'Ten forklifts', ...input }, `deal { ${DEAL} }`);
    expect(errors).toEqual([]);
    return payload.deal;
  }

  /** Runs a move mutation (`moveDeal`, `changeDealStage`, `reopenDeal`) on `deal` at its version. */
  const attempt = (name: string, deal: { id: string; version: number }, input: Record<string, unknown>) =>
    base.run(name, { id: deal.id, expectedVersion: deal.version, ...input }, `deal { ${DEAL} }`);

  /** Moves a deal with `name`, expecting success; answers the deal. */
  async function moved(name: string, deal: { id: string; version: number }, input: Record<string, unknown>) {
    const { payload, errors } = await attempt(name, deal, input);
    expect(errors).toEqual([]);
    return payload.deal;
  }

  const lostReason = async (name: string) =>
    (await api.mutate('createLostReason', { name }, 'lostReason { id }')).lostReason.id as string;

  return { ...base, DEAL, created, attempt, moved, lostReason };
}
