import type { ContractLineRow, ContractRow, ContractTemplateRow } from '../../src/db/schema';
import type { Connection } from '../../src/lib/connection';

export type ContractMapper = ContractRow;
export type ContractConnectionMapper = Connection<ContractRow>;
export type ContractLineMapper = ContractLineRow;
export type ContractTemplateMapper = ContractTemplateRow;
