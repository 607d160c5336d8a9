import type { Database } from '../../db/client.js';
import { toGlobalId } from '../../lib/global-id.js';
import * as repository from './webhooks.repository.js';

/** The GraphQL type of each topic's records, whose global ids a delivery's body carries. */
const TYPE_OF_TOPIC: Record<string, string> = { chronicle: 'ChronicleEntry', appeal: 'Appeal', claim: 'Claim' };

/** A change as the change feed publishes it (src/modules/events/change-feed.ts). */
interface ToldChange {
  topic: string;
  kind: string;
  id: number;
  counterpartyId?: number | null;
}

/**
 * Writes the webhook outbox for `changes` in `tx`, the writing transaction: what a receiver is
 * sent is fixed now (the record's global id, its counterparty's, the kind and the time), so a
 * rolled-back write tells no one and a committed one is told even if every process stops now.
 * The body names the record; a receiver reads what it needs through the API.
 */
export async function tellWebhooks(tx: Database, changes: readonly ToldChange[]): Promise<void> {
  const occurredAt = new Date().toISOString();
  await repository.enqueueDeliveries(tx, changes.filter((change) => TYPE_OF_TOPIC[change.topic]).map((change) => ({
    topic: change.topic,
    kind: change.kind,
    body: {
      event: `${change.topic}.${change.kind}`,
      topic: change.topic,
      kind: change.kind,
      occurredAt,
      data: {
        id: toGlobalId(TYPE_OF_TOPIC[change.topic], change.id),
        counterpartyId: change.counterpartyId == null ? null : toGlobalId('Counterparty', change.counterpartyId),
      },
    },
  })));
}
