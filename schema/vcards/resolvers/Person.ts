import type { PersonResolvers } from './../../types.generated.js';
import { personVCard } from '../../../src/modules/vcards/vcards.service.js';

export const Person: Pick<PersonResolvers, 'vcard'|'__isTypeOf'> = {
  vcard: (person, _args, ctx) => personVCard(ctx, person),
};
