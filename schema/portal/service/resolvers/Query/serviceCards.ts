import type { QueryResolvers } from './../../../types.generated.js';

export const serviceCards: NonNullable<QueryResolvers['serviceCards']> = (_parent, page, { reads }) => reads.serviceCards(page);
