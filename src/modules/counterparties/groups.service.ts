import { folderTreeService } from '../folders/folders.service.js';
import * as repository from './counterparties.repository.js';

/** The counterparty catalogue's folder tree. */
export const counterpartyGroups = folderTreeService({
  type: 'CounterpartyGroup', folder: 'group', members: 'counterparties',
  repository: repository.groups, loaders: (ctx) => ctx.loaders.counterparties.groups,
});
