import { folderTreeService } from '../folders/folders.service.js';
import * as repository from './appeals.repository.js';

/** The folder tree of appeal types. */
export const appealTypes = folderTreeService({
  type: 'AppealType', folder: 'appeal type', members: 'appeals',
  repository: repository.types, loaders: (ctx) => ctx.loaders.appeals.types,
});
