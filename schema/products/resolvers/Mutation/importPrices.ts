import type { MutationResolvers } from './../../../types.generated';
import { runImport } from '../../../../src/modules/imports/import-runner';
import { priceImporter } from '../../../../src/modules/products/prices.import';

export const importPrices: NonNullable<MutationResolvers['importPrices']> = (_parent, { input }, ctx) =>
  runImport(ctx, priceImporter, input);
