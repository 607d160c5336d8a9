import type { ContractLineRow, ContractRow, ContractTemplateRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type ContractMapper = ContractRow;
export type ContractConnectionMapper = Connection<ContractRow>;
export type ContractLineMapper = ContractLineRow;
export type ContractTemplateMapper = ContractTemplateRow;
