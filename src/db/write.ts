import type { InputErrors } from '../lib/user-errors.js';
import { isUniqueViolation, missingReferenceField } from './errors.js';

/** A unique constraint whose violation is the client's mistake, and the input field it is about. */
export interface UniqueField {
  constraint: string;
  field: string;
  message: string;
}

/**
 * Runs a write whose constraints have the last word: a violation of one of `uniques` becomes a
 * DUPLICATE user error on its field, and a reference to a record deleted meanwhile a NOT_FOUND
 * one, instead of an internal error. Answers null after adding the error (nothing was written:
 * the statement, or the transaction `write` runs, failed whole). `write` may itself answer null
 * after adding user errors of its own.
 */
export async function writeReportingConflicts<T>(
  errors: InputErrors, write: () => Promise<T | null>, uniques: UniqueField[] = [],
): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    const unique = uniques.find((candidate) => isUniqueViolation(error, candidate.constraint));
    if (unique) {
      errors.add([unique.field], 'DUPLICATE', unique.message);
      return null;
    }
    const field = missingReferenceField(error);
    if (field) {
      errors.add([field], 'NOT_FOUND', `The record given in ${field} no longer exists.`);
      return null;
    }
    throw error;
  }
}
