/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { counterparties as Query_counterparties } from './counterparties/resolvers/Query/counterparties';
import    { counterparty as Query_counterparty } from './counterparties/resolvers/Query/counterparty';
import    { counterpartyByExternalId as Query_counterpartyByExternalId } from './counterparties/resolvers/Query/counterpartyByExternalId';
import    { counterpartyGroups as Query_counterpartyGroups } from './counterparties/resolvers/Query/counterpartyGroups';
import    { departments as Query_departments } from './catalogues/resolvers/Query/departments';
import    { employees as Query_employees } from './catalogues/resolvers/Query/employees';
import    { informationSources as Query_informationSources } from './catalogues/resolvers/Query/informationSources';
import    { node as Query_node } from './base/resolvers/Query/node';
import    { nodes as Query_nodes } from './base/resolvers/Query/nodes';
import    { parameterDefinitions as Query_parameterDefinitions } from './counterparties/resolvers/Query/parameterDefinitions';
import    { viewer as Query_viewer } from './base/resolvers/Query/viewer';
import    { _noop as Mutation__noop } from './base/resolvers/Mutation/_noop';
import    { archiveCounterparty as Mutation_archiveCounterparty } from './counterparties/resolvers/Mutation/archiveCounterparty';
import    { createCounterparty as Mutation_createCounterparty } from './counterparties/resolvers/Mutation/createCounterparty';
import    { createCounterpartyGroup as Mutation_createCounterpartyGroup } from './counterparties/resolvers/Mutation/createCounterpartyGroup';
import    { createCounterpartyObject as Mutation_createCounterpartyObject } from './counterparties/resolvers/Mutation/createCounterpartyObject';
import    { createDepartment as Mutation_createDepartment } from './catalogues/resolvers/Mutation/createDepartment';
import    { createEmployee as Mutation_createEmployee } from './catalogues/resolvers/Mutation/createEmployee';
import    { createInformationSource as Mutation_createInformationSource } from './catalogues/resolvers/Mutation/createInformationSource';
import    { createParameterDefinition as Mutation_createParameterDefinition } from './counterparties/resolvers/Mutation/createParameterDefinition';
import    { deleteCounterpartyGroup as Mutation_deleteCounterpartyGroup } from './counterparties/resolvers/Mutation/deleteCounterpartyGroup';
import    { deleteCounterpartyObject as Mutation_deleteCounterpartyObject } from './counterparties/resolvers/Mutation/deleteCounterpartyObject';
import    { moveCounterpartyGroup as Mutation_moveCounterpartyGroup } from './counterparties/resolvers/Mutation/moveCounterpartyGroup';
import    { removeCounterpartyCompetitor as Mutation_removeCounterpartyCompetitor } from './counterparties/resolvers/Mutation/removeCounterpartyCompetitor';
import    { renameCounterpartyGroup as Mutation_renameCounterpartyGroup } from './counterparties/resolvers/Mutation/renameCounterpartyGroup';
import    { restoreCounterparty as Mutation_restoreCounterparty } from './counterparties/resolvers/Mutation/restoreCounterparty';
import    { setCounterpartyCompetitor as Mutation_setCounterpartyCompetitor } from './counterparties/resolvers/Mutation/setCounterpartyCompetitor';
import    { setCounterpartyParameters as Mutation_setCounterpartyParameters } from './counterparties/resolvers/Mutation/setCounterpartyParameters';
import    { updateCounterparty as Mutation_updateCounterparty } from './counterparties/resolvers/Mutation/updateCounterparty';
import    { updateCounterpartyObject as Mutation_updateCounterpartyObject } from './counterparties/resolvers/Mutation/updateCounterpartyObject';
import    { updateDepartment as Mutation_updateDepartment } from './catalogues/resolvers/Mutation/updateDepartment';
import    { updateEmployee as Mutation_updateEmployee } from './catalogues/resolvers/Mutation/updateEmployee';
import    { updateInformationSource as Mutation_updateInformationSource } from './catalogues/resolvers/Mutation/updateInformationSource';
import    { CompetitorShare } from './counterparties/resolvers/CompetitorShare';
import    { Counterparty } from './counterparties/resolvers/Counterparty';
import    { CounterpartyConnection } from './counterparties/resolvers/CounterpartyConnection';
import    { CounterpartyGroup } from './counterparties/resolvers/CounterpartyGroup';
import    { CounterpartyObject } from './counterparties/resolvers/CounterpartyObject';
import    { Department } from './catalogues/resolvers/Department';
import    { DepartmentConnection } from './catalogues/resolvers/DepartmentConnection';
import    { Employee } from './catalogues/resolvers/Employee';
import    { EmployeeConnection } from './catalogues/resolvers/EmployeeConnection';
import    { InformationSource } from './catalogues/resolvers/InformationSource';
import    { InformationSourceConnection } from './catalogues/resolvers/InformationSourceConnection';
import    { ParameterDefinition } from './counterparties/resolvers/ParameterDefinition';
import    { ParameterValue } from './counterparties/resolvers/ParameterValue';
import    { Viewer } from './base/resolvers/Viewer';
import    { Decimal } from './base/resolvers/Decimal';
import    { CountryCodeResolver,CurrencyResolver,DateTimeResolver,EmailAddressResolver,LocalDateResolver,URLResolver } from 'graphql-scalars';
    export const resolvers: Resolvers = {
      Query: { counterparties: Query_counterparties,counterparty: Query_counterparty,counterpartyByExternalId: Query_counterpartyByExternalId,counterpartyGroups: Query_counterpartyGroups,departments: Query_departments,employees: Query_employees,informationSources: Query_informationSources,node: Query_node,nodes: Query_nodes,parameterDefinitions: Query_parameterDefinitions,viewer: Query_viewer },
      Mutation: { _noop: Mutation__noop,archiveCounterparty: Mutation_archiveCounterparty,createCounterparty: Mutation_createCounterparty,createCounterpartyGroup: Mutation_createCounterpartyGroup,createCounterpartyObject: Mutation_createCounterpartyObject,createDepartment: Mutation_createDepartment,createEmployee: Mutation_createEmployee,createInformationSource: Mutation_createInformationSource,createParameterDefinition: Mutation_createParameterDefinition,deleteCounterpartyGroup: Mutation_deleteCounterpartyGroup,deleteCounterpartyObject: Mutation_deleteCounterpartyObject,moveCounterpartyGroup: Mutation_moveCounterpartyGroup,removeCounterpartyCompetitor: Mutation_removeCounterpartyCompetitor,renameCounterpartyGroup: Mutation_renameCounterpartyGroup,restoreCounterparty: Mutation_restoreCounterparty,setCounterpartyCompetitor: Mutation_setCounterpartyCompetitor,setCounterpartyParameters: Mutation_setCounterpartyParameters,updateCounterparty: Mutation_updateCounterparty,updateCounterpartyObject: Mutation_updateCounterpartyObject,updateDepartment: Mutation_updateDepartment,updateEmployee: Mutation_updateEmployee,updateInformationSource: Mutation_updateInformationSource },
      
      CompetitorShare: CompetitorShare,
Counterparty: Counterparty,
CounterpartyConnection: CounterpartyConnection,
CounterpartyGroup: CounterpartyGroup,
CounterpartyObject: CounterpartyObject,
Department: Department,
DepartmentConnection: DepartmentConnection,
Employee: Employee,
EmployeeConnection: EmployeeConnection,
InformationSource: InformationSource,
InformationSourceConnection: InformationSourceConnection,
ParameterDefinition: ParameterDefinition,
ParameterValue: ParameterValue,
Viewer: Viewer,
Decimal: Decimal,
CountryCode: CountryCodeResolver,
Currency: CurrencyResolver,
DateTime: DateTimeResolver,
EmailAddress: EmailAddressResolver,
LocalDate: LocalDateResolver,
URL: URLResolver
    }