import type { MutationResolvers } from './../../../types.generated';

export const _noop: NonNullable<MutationResolvers['_noop']> = () => true;
