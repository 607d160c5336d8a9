import type { MutationResolvers } from './../../../types.generated';
import { runImport } from '../../../../src/modules/imports/import-runner';
import { productImporter } from '../../../../src/modules/products/products.import';

export const importProducts: NonNullable<MutationResolvers['importProducts']> = (_parent, { input }, ctx) =>
  runImport(ctx, productImporter, input);
