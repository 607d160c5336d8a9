import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { claimImporter } from '../../../../src/modules/claims/claims.import.js';

export const importClaims: NonNullable<MutationResolvers['importClaims']> = (_parent, { input }, ctx) =>
  runImport(ctx, claimImporter, input);
