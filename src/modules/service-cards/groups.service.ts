import { folderTreeService } from '../folders/folders.service.js';
import * as repository from './service-cards.repository.js';

/** The service journal's folder tree. */
export const serviceCardGroups = folderTreeService({
  type: 'ServiceCardGroup', folder: 'folder', members: 'service cards',
  repository: repository.groups, loaders: (ctx) => ctx.loaders.serviceCards.groups,
});
