import type { MutationResolvers } from './../../../types.generated.js';
import { counterpartyImporter } from '../../../../src/modules/counterparties/counterparties.import.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';

export const importCounterparties: NonNullable<MutationResolvers['importCounterparties']> = (_parent, { input }, ctx) =>
  runImport(ctx, counterpartyImporter, input);
