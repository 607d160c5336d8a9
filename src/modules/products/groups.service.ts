import { folderTreeService } from '../folders/folders.service.js';
import * as repository from './products.repository.js';

/** The nomenclature's folder tree. */
export const productGroups = folderTreeService({
  type: 'ProductGroup', folder: 'product group', members: 'products',
  repository: repository.groups, loaders: (ctx) => ctx.loaders.products.groups,
});
