import type { Change } from '../../src/modules/events/change-feed.js';
import type { AppealActionRow, AppealRow, AppealTypeRow, KnowledgeArticleRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type AppealMapper = AppealRow;
export type AppealConnectionMapper = Connection<AppealRow>;
export type AppealActionMapper = AppealActionRow;
export type AppealTypeMapper = AppealTypeRow;
export type KnowledgeArticleMapper = KnowledgeArticleRow;
export type KnowledgeArticleConnectionMapper = Connection<KnowledgeArticleRow>;
/** A change as the feed delivers it; its record is read when it is delivered. */
export type AppealChangeMapper = Change;
