import type { DepartmentRow, EmployeeRow, InformationSourceRow } from '../../src/db/schema/index.js';
import type { Connection } from '../../src/lib/connection.js';

export type EmployeeMapper = EmployeeRow;
export type DepartmentMapper = DepartmentRow;
export type InformationSourceMapper = InformationSourceRow;
export type EmployeeConnectionMapper = Connection<EmployeeRow>;
export type DepartmentConnectionMapper = Connection<DepartmentRow>;
export type InformationSourceConnectionMapper = Connection<InformationSourceRow>;
