import type { ParameterDefinitionRow, ParameterValueRow } from '../../db/schema/index.js';
import type { InputErrors } from '../../lib/user-errors.js';

export interface ParameterValueInput {
  parameterId: string;
  stringValue?: string | null;
  numberValue?: string | null;
  dateValue?: string | null;
  booleanValue?: boolean | null;
}

type ValueColumns = Pick<ParameterValueRow, 'stringValue' | 'numberValue' | 'dateValue' | 'booleanValue'>;

const FIELD_OF_TYPE = {
  STRING: 'stringValue', NUMBER: 'numberValue', DATE: 'dateValue', BOOLEAN: 'booleanValue',
} as const satisfies Record<ParameterDefinitionRow['type'], keyof ValueColumns>;

/**
 * A value must come in the field of its parameter's type, and only there; no field at all (or a
 * blank text) clears the value. Pure: returns what to store, or null after adding the errors.
 */
export function checkParameterValue(errors: InputErrors, definition: ParameterDefinitionRow, input: ParameterValueInput) {
  const expected = FIELD_OF_TYPE[definition.type];
  const given = (Object.values(FIELD_OF_TYPE) as (keyof ValueColumns)[]).filter((field) => input[field] != null);
  const misplaced = given.filter((field) => field !== expected);
  for (const field of misplaced) {
    errors.add([field], 'WRONG_TYPE', `Parameter "${definition.code}" is of type ${definition.type}; give its value in ${expected}.`);
  }
  if (misplaced.length > 0) return null;
  const columns: ValueColumns = { stringValue: null, numberValue: null, dateValue: null, booleanValue: null };
  if (expected === 'stringValue' && input.stringValue != null) {
    // A blank text is no value: it clears, as leaving every field out does.
    if (input.stringValue.trim() === '') return { parameterId: definition.id, clear: true, columns };
    const text = errors.text(['stringValue'], input.stringValue, { max: 2000 });
    if (text === null) return null;
    columns.stringValue = text;
  } else if (given.length > 0) {
    (columns as Record<string, unknown>)[expected] = input[expected];
  }
  return { parameterId: definition.id, clear: given.length === 0, columns };
}
