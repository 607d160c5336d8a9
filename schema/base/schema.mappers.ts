import type { Viewer } from '../../src/modules/auth/viewer.js';

export type ViewerMapper = Viewer;
