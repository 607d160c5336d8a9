import { GraphQLScalarType } from 'graphql';
import { DecimalScalar } from '../../../src/lib/decimal';

export const Decimal: GraphQLScalarType = DecimalScalar;
