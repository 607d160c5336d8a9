import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { isoInstant } from './dates.js';

/**
 * Scalars whose accepted values are exactly what PostgreSQL stores: a value the database would
 * refuse is refused here, as BAD_USER_INPUT naming the field, instead of failing inside SQL.
 */

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const DECIMAL = /^-?(0|[1-9][0-9]{0,15})(\.[0-9]{1,8})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
    throw invalid(`Decimal must be a string of digits with an optional sign and up to 8 decimal places, e.g. "1250.50"; got ${JSON.stringify(value)}.`);
  }
  return value.trim();
}

/** Exact decimal numbers as strings, so money never passes through a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number written as a string, e.g. "1250.50".',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('Decimal must be written as a string, e.g. "1250.50".');
    return parseDecimal(ast.value);
  },
});

/** Years PostgreSQL's timestamptz and date columns, and ISO 8601 text, both hold. */
const inStoredRange = (date: Date) => {
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999;
};

/**
 * graphql-scalars' DateTime, limited to instants whose UTC year is 0001–9999. It answers the
 * ISO string itself: graphql-scalars answers the Date, which JSON.stringify turns into the same
 * text through `toJSON`, but off its fast path (a page of 500 entries stringified six times slower).
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  // A Date read from the database goes straight out; graphql-scalars checks anything else.
  serialize: (value) => (value instanceof Date && value.getTime() === value.getTime()
    ? isoInstant(value)
    : (DateTimeResolver.serialize(value) as Date).toISOString()),
  parseValue: (value) => checkInstant(DateTimeResolver.parseValue(value) as Date),
  parseLiteral: (ast: ValueNode, variables) => checkInstant(DateTimeResolver.parseLiteral(ast, variables) as Date),
});

function checkInstant(date: Date): Date {
  if (!inStoredRange(date)) throw invalid(`DateTime must fall in the years 0001 to 9999 (UTC); got ${date.toISOString()}.`);
  return date;
}

/** A date as PostgreSQL's `date` columns are read: always a real calendar date. */
const STORED_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * graphql-scalars' LocalDate, limited to the years 0001–9999. A date read from the database is
 * answered as it is; graphql-scalars checks every other value (it builds a Date for each).
 */
export const LocalDateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  serialize: (value) => (typeof value === 'string' && STORED_DATE.test(value) ? value : LocalDateResolver.serialize(value)),
  parseValue: (value) => checkDate(LocalDateResolver.parseValue(value) as string),
  parseLiteral: (ast: ValueNode, variables) => checkDate(LocalDateResolver.parseLiteral(ast, variables) as string),
});

function checkDate(date: string): string {
  if (date.startsWith('0000')) throw invalid(`LocalDate must fall in the years 0001 to 9999; got ${date}.`);
  return date;
}
