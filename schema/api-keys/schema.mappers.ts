import type { ApiKeyRow } from '../../src/db/schema/index.js';

export type ApiKeyMapper = ApiKeyRow;
