import type { Viewer } from '../../src/modules/auth/viewer';

export type ViewerMapper = Viewer;
