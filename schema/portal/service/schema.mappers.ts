import type { ServiceCardRow, ServiceVisitRow } from '../../../src/db/schema/index.js';
import type { Connection } from '../../../src/lib/connection.js';

export type ServiceCardMapper = ServiceCardRow;
export type ServiceVisitMapper = ServiceVisitRow;
export type ServiceCardConnectionMapper = Connection<ServiceCardRow>;
