/** Codes of expected failures returned in a payload's `userErrors`. Mirrors `UserErrorCode` in the schema. */
export type UserErrorCode =
  | 'REQUIRED'
  | 'INVALID'
  | 'TOO_LONG'
  | 'OUT_OF_RANGE'
  | 'NOT_FOUND'
  | 'WRONG_TYPE'
  | 'DUPLICATE'
  | 'CYCLE'
  | 'NOT_EMPTY'
  | 'INVALID_STATE'
  | 'PRICE_MISMATCH'
  | 'DISCOUNT_EXCEEDED'
  | 'DELIVERY_TOO_LATE'
  | 'AGREEMENT_NOT_USABLE'
  | 'AGREEMENT_NOT_FOR_COUNTERPARTY'
  | 'CONTRACT_REQUIRED'
  | 'CONTRACT_NOT_USABLE'
  | 'CONTRACT_NOT_IN_FORCE'
  | 'CURRENCY_MISMATCH'
  | 'PREPAYMENT_REQUIRED'
  | 'TOO_LARGE'
  | 'CONTENT_TYPE_MISMATCH'
  | 'NOT_CONFIGURED';

export interface UserError {
  /** Path of the input field at fault, from the argument down: `["input", "emails", "0", "address"]`. */
  field: string[] | null;
  code: UserErrorCode;
  message: string;
}

export type Path = ReadonlyArray<string | number>;

/** Collects the failures of one input, each with the path of its field, before anything is written. */
export class InputErrors {
  /** `list` is shared by an object and the views `under` makes of it, so all see one list in input order. */
  constructor(private readonly root: Path = ['input'], readonly list: UserError[] = []) {}

  add(path: Path, code: UserErrorCode, message: string): void {
    this.list.push({ field: [...this.root, ...path].map(String), code, message });
  }

  get any(): boolean {
    return this.list.length > 0;
  }

  /** Errors of a nested object (a list element, a sub-input) go under its path. */
  under(path: Path): InputErrors {
    return new InputErrors([...this.root, ...path], this.list);
  }

  /**
   * A field that cannot be empty, in an update: omitted keeps the stored value (undefined),
   * null is a REQUIRED error, anything else is the new value.
   */
  notNull<T>(path: Path, value: T | null | undefined): T | undefined {
    if (value === null) this.add(path, 'REQUIRED', `${label(path)} cannot be cleared; omit it to keep its value.`);
    return value ?? undefined;
  }

  /**
   * Normalises a text field: trims it, turns blank into null, and checks presence and length.
   * Returns the clean value (null when absent or invalid).
   */
  text(path: Path, value: string | null | undefined, rules: { required?: boolean; max?: number } = {}): string | null {
    const max = rules.max ?? 1000;
    const clean = typeof value === 'string' ? value.trim() : null;
    if (!clean) {
      if (rules.required) this.add(path, 'REQUIRED', `${label(path)} is required.`);
      return null;
    }
    if (clean.includes('\u0000')) {
      this.add(path, 'INVALID', `${label(path)} may not contain the NUL character.`);
      return null;
    }
    if (clean.length > max) {
      this.add(path, 'TOO_LONG', `${label(path)} must be at most ${max} characters (got ${clean.length}).`);
      return null;
    }
    return clean;
  }
}

/** The last field name of a path, for messages: ["input", "emails", 0, "address"] → "address". */
export function label(path: Path): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    if (typeof path[i] === 'string') return String(path[i]);
  }
  return 'value';
}

/** A mutation's failure answer: no record, the reasons why. */
export const failed = (errors: InputErrors | UserError[]) => ({
  userErrors: Array.isArray(errors) ? errors : errors.list,
});
