import type { MutationResolvers } from './../../../types.generated.js';
import { serviceCardGroups } from '../../../../src/modules/service-cards/groups.service.js';

export const deleteServiceCardGroup: NonNullable<MutationResolvers['deleteServiceCardGroup']> = (_parent, { input }, ctx) => serviceCardGroups.remove(ctx, input);
