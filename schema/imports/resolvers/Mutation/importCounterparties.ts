import type { MutationResolvers } from './../../../types.generated';
import { counterpartyImporter } from '../../../../src/modules/counterparties/counterparties.import';
import { runImport } from '../../../../src/modules/imports/import-runner';

export const importCounterparties: NonNullable<MutationResolvers['importCounterparties']> = (_parent, { input }, ctx) =>
  runImport(ctx, counterpartyImporter, input);
