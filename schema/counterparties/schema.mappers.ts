import type {
  CounterpartyCompetitorRow, CounterpartyGroupRow, CounterpartyObjectRow, CounterpartyRow, ParameterDefinitionRow, ParameterValueRow,
} from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type CounterpartyMapper = CounterpartyRow;
export type CounterpartyConnectionMapper = Connection<CounterpartyRow>;
export type CounterpartyGroupMapper = CounterpartyGroupRow;
export type CounterpartyObjectMapper = CounterpartyObjectRow;
export type ParameterDefinitionMapper = ParameterDefinitionRow;
export type ParameterValueMapper = ParameterValueRow;
export type CompetitorShareMapper = CounterpartyCompetitorRow;
