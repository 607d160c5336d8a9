import type { ApiKeyRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type ApiKeyMapper = ApiKeyRow;
export type ApiKeyConnectionMapper = Connection<ApiKeyRow>;
