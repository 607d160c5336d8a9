/**
 * PostgreSQL errors arrive differently from postgres.js and PGlite, and Drizzle may wrap them;
 * these read the SQLSTATE and constraint name from any of the shapes.
 */
interface PgErrorShape { code?: string; message?: string; constraint?: string; constraint_name?: string; detail?: string; cause?: unknown }

/**
 * The error and what it wraps, outermost first: Drizzle wraps the driver's error as `cause`, a
 * GraphQL error what was thrown as `originalError`.
 */
export function* causes(error: unknown): Generator<object> {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    yield current;
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.cause ?? next.originalError;
  }
}

export function pgError(error: unknown): PgErrorShape | null {
  for (const current of causes(error)) {
    const shape = current as PgErrorShape;
    if (typeof shape.code === 'string' && /^[0-9A-Z]{5}$/.test(shape.code)) return shape;
  }
  return null;
}

/** Whether `error` is a unique violation, of `constraint` when one is named. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const shape = pgError(error);
  if (!shape || shape.code !== '23505') return false;
  return !constraint || (shape.constraint ?? shape.constraint_name) === constraint;
}

/**
 * The camelCase name of the column whose referenced row is missing, for a foreign-key violation
 * on insert or update ("Key (group_id)=(5) is not present in table ..."); null otherwise.
 */
export function missingReferenceField(error: unknown): string | null {
  const shape = pgError(error);
  if (shape?.code !== '23503') return null;
  const column = /^Key \((\w+)\)=\(.*\) is not present/.exec(shape.detail ?? '')?.[1];
  return column ? column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) : null;
}

/** Whether `error` is a foreign-key violation: a referenced row is missing, or a deleted row is still referenced. */
export function isForeignKeyViolation(error: unknown): boolean {
  return pgError(error)?.code === '23503';
}

/** Whether `error` breaks an integrity constraint (SQLSTATE class 23): unique, foreign key, not null, check. */
export function isIntegrityViolation(error: unknown): boolean {
  return pgError(error)?.code?.startsWith('23') ?? false;
}

/**
 * Whether `error` is a deadlock or serialization failure: the transaction lost a race with
 * another and was rolled back whole, so running it again is safe.
 */
export function isTransientConflict(error: unknown): boolean {
  const code = pgError(error)?.code;
  return code === '40P01' || code === '40001';
}

/** Whether `error` is a data exception (SQLSTATE class 22): a value the database cannot take. */
export function isDataException(error: unknown): boolean {
  return pgError(error)?.code?.startsWith('22') ?? false;
}

/**
 * Whether `error` is PostgreSQL refusing the NUL character (U+0000), which no text or jsonb value
 * can hold: in a text parameter ("invalid byte sequence ... 0x00", 22021) or in a jsonb document
 * ("\u0000 cannot be converted to text", 22P05). Both drivers report the same SQLSTATEs.
 */
export function isNulRefusal(error: unknown): boolean {
  const shape = pgError(error);
  if (shape?.code === '22021') return /\b0x00\b/.test(shape.message ?? '');
  if (shape?.code === '22P05') return (shape.detail ?? '').includes('\\u0000');
  return false;
}

/** Whether `error` is a statement cancelled by `statement_timeout` (or a cancel request): SQLSTATE 57014. */
export function isStatementTimeout(error: unknown): boolean {
  return pgError(error)?.code === '57014';
}
