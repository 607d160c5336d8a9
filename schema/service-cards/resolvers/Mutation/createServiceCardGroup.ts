import type { MutationResolvers } from './../../../types.generated.js';
import { serviceCardGroups } from '../../../../src/modules/service-cards/groups.service.js';

export const createServiceCardGroup: NonNullable<MutationResolvers['createServiceCardGroup']> = (_parent, { input }, ctx) => serviceCardGroups.create(ctx, input);
