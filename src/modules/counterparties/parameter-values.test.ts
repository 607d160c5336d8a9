import { describe, expect, it } from 'vitest';
import type { ParameterDefinitionRow } from '../../db/schema/index.js';
import { InputErrors } from '../../lib/user-errors.js';
import { checkParameterValue } from './parameter-values.js';

const definition = (type: ParameterDefinitionRow['type']): ParameterDefinitionRow =>
  ({ id: 7, code: 'p', name: 'P', type, description: null, createdAt: new Date(), updatedAt: new Date(), version: 1 });

describe('checkParameterValue', () => {
  it('stores a value given in the field of its type', () => {
    const errors = new InputErrors(['input', 'values', 0]);
    expect(checkParameterValue(errors, definition('NUMBER'), { parameterId: 'x', numberValue: '12.5' }))
      .toEqual({ parameterId: 7, clear: false, columns: { stringValue: null, numberValue: '12.5', dateValue: null, booleanValue: null } });
    expect(checkParameterValue(errors, definition('BOOLEAN'), { parameterId: 'x', booleanValue: false })?.columns.booleanValue).toBe(false);
    expect(errors.list).toEqual([]);
  });

  it('clears the value when no field is given', () => {
    expect(checkParameterValue(new InputErrors(), definition('DATE'), { parameterId: 'x' })?.clear).toBe(true);
  });

  it('refuses a value in another type\'s field, naming that field', () => {
    const errors = new InputErrors(['input', 'values', 1]);
    expect(checkParameterValue(errors, definition('DATE'), { parameterId: 'x', stringValue: 'tomorrow' })).toBeNull();
    expect(errors.list).toEqual([{ field: ['input', 'values', '1', 'stringValue'], code: 'WRONG_TYPE', message: expect.stringContaining('dateValue') }]);
  });
});
