/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { departments as Query_departments } from './catalogues/resolvers/Query/departments';
import    { employees as Query_employees } from './catalogues/resolvers/Query/employees';
import    { informationSources as Query_informationSources } from './catalogues/resolvers/Query/informationSources';
import    { node as Query_node } from './base/resolvers/Query/node';
import    { nodes as Query_nodes } from './base/resolvers/Query/nodes';
import    { viewer as Query_viewer } from './base/resolvers/Query/viewer';
import    { _noop as Mutation__noop } from './base/resolvers/Mutation/_noop';
import    { createDepartment as Mutation_createDepartment } from './catalogues/resolvers/Mutation/createDepartment';
import    { createEmployee as Mutation_createEmployee } from './catalogues/resolvers/Mutation/createEmployee';
import    { createInformationSource as Mutation_createInformationSource } from './catalogues/resolvers/Mutation/createInformationSource';
import    { updateDepartment as Mutation_updateDepartment } from './catalogues/resolvers/Mutation/updateDepartment';
import    { updateEmployee as Mutation_updateEmployee } from './catalogues/resolvers/Mutation/updateEmployee';
import    { updateInformationSource as Mutation_updateInformationSource } from './catalogues/resolvers/Mutation/updateInformationSource';
import    { Department } from './catalogues/resolvers/Department';
import    { DepartmentConnection } from './catalogues/resolvers/DepartmentConnection';
import    { Employee } from './catalogues/resolvers/Employee';
import    { EmployeeConnection } from './catalogues/resolvers/EmployeeConnection';
import    { InformationSource } from './catalogues/resolvers/InformationSource';
import    { InformationSourceConnection } from './catalogues/resolvers/InformationSourceConnection';
import    { Viewer } from './base/resolvers/Viewer';
import    { Decimal } from './base/resolvers/Decimal';
import    { CountryCodeResolver,CurrencyResolver,DateTimeResolver,EmailAddressResolver,LocalDateResolver,URLResolver } from 'graphql-scalars';
    export const resolvers: Resolvers = {
      Query: { departments: Query_departments,employees: Query_employees,informationSources: Query_informationSources,node: Query_node,nodes: Query_nodes,viewer: Query_viewer },
      Mutation: { _noop: Mutation__noop,createDepartment: Mutation_createDepartment,createEmployee: Mutation_createEmployee,createInformationSource: Mutation_createInformationSource,updateDepartment: Mutation_updateDepartment,updateEmployee: Mutation_updateEmployee,updateInformationSource: Mutation_updateInformationSource },
      
      Department: Department,
DepartmentConnection: DepartmentConnection,
Employee: Employee,
EmployeeConnection: EmployeeConnection,
InformationSource: InformationSource,
InformationSourceConnection: InformationSourceConnection,
Viewer: Viewer,
Decimal: Decimal,
CountryCode: CountryCodeResolver,
Currency: CurrencyResolver,
DateTime: DateTimeResolver,
EmailAddress: EmailAddressResolver,
LocalDate: LocalDateResolver,
URL: URLResolver
    }