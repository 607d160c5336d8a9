import type { MutationResolvers } from './../../../types.generated.js';
import { serviceCardGroups } from '../../../../src/modules/service-cards/groups.service.js';

export const renameServiceCardGroup: NonNullable<MutationResolvers['renameServiceCardGroup']> = (_parent, { input }, ctx) => serviceCardGroups.rename(ctx, input);
