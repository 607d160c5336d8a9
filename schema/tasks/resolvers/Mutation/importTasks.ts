import type { MutationResolvers } from './../../../types.generated.js';
import { runImport } from '../../../../src/modules/imports/import-runner.js';
import { taskImporter } from '../../../../src/modules/tasks/tasks.import.js';

export const importTasks: NonNullable<MutationResolvers['importTasks']> = (_parent, { input }, ctx) =>
  runImport(ctx, taskImporter, input);
