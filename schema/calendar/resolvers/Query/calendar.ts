import type { QueryResolvers } from './../../../types.generated.js';
import { calendar as read } from '../../../../src/modules/calendar/calendar.service.js';

export const calendar: NonNullable<QueryResolvers['calendar']> = (_parent, args, ctx) => read(ctx, args);
