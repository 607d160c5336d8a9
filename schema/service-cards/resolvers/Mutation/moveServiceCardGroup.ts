import type { MutationResolvers } from './../../../types.generated.js';
import { serviceCardGroups } from '../../../../src/modules/service-cards/groups.service.js';

export const moveServiceCardGroup: NonNullable<MutationResolvers['moveServiceCardGroup']> = (_parent, { input }, ctx) => serviceCardGroups.move(ctx, input);
