import type { QueryResolvers } from './../../../types.generated.js';
import { contactsReport as run } from '../../../../src/modules/reports/contacts-report.service.js';

export const contactsReport: NonNullable<QueryResolvers['contactsReport']> = (_parent, args, ctx) => run(ctx, args);
