import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?(0|[1-9][0-9]{0,15})(\.[0-9]{1,8})?$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
    throw new GraphQLError(
      `Decimal must be a string of digits with an optional sign and up to 8 decimal places, e.g. "1250.50"; got ${JSON.stringify(value)}.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value.trim();
}

/** Exact decimal numbers as strings, so money never passes through a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'An exact decimal number written as a string, e.g. "1250.50".',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal must be written as a string, e.g. "1250.50".', { extensions: { code: 'BAD_USER_INPUT' } });
    return parse(ast.value);
  },
});
