import type { ServiceCardGroupRow, ServiceCardRow, ServiceVisitRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type ServiceCardMapper = ServiceCardRow;
export type ServiceCardConnectionMapper = Connection<ServiceCardRow>;
export type ServiceVisitMapper = ServiceVisitRow;
export type ServiceCardGroupMapper = ServiceCardGroupRow;
