/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated';
    import    { chronicleEntries as Query_chronicleEntries } from './chronicle/resolvers/Query/chronicleEntries';
import    { chronicleEntry as Query_chronicleEntry } from './chronicle/resolvers/Query/chronicleEntry';
import    { counterparties as Query_counterparties } from './counterparties/resolvers/Query/counterparties';
import    { counterparty as Query_counterparty } from './counterparties/resolvers/Query/counterparty';
import    { counterpartyByExternalId as Query_counterpartyByExternalId } from './counterparties/resolvers/Query/counterpartyByExternalId';
import    { counterpartyGroups as Query_counterpartyGroups } from './counterparties/resolvers/Query/counterpartyGroups';
import    { departments as Query_departments } from './catalogues/resolvers/Query/departments';
import    { employees as Query_employees } from './catalogues/resolvers/Query/employees';
import    { informationSources as Query_informationSources } from './catalogues/resolvers/Query/informationSources';
import    { node as Query_node } from './base/resolvers/Query/node';
import    { nodes as Query_nodes } from './base/resolvers/Query/nodes';
import    { obligation as Query_obligation } from './obligations/resolvers/Query/obligation';
import    { obligations as Query_obligations } from './obligations/resolvers/Query/obligations';
import    { parameterDefinitions as Query_parameterDefinitions } from './counterparties/resolvers/Query/parameterDefinitions';
import    { person as Query_person } from './persons/resolvers/Query/person';
import    { personByExternalId as Query_personByExternalId } from './persons/resolvers/Query/personByExternalId';
import    { persons as Query_persons } from './persons/resolvers/Query/persons';
import    { viewer as Query_viewer } from './base/resolvers/Query/viewer';
import    { archiveCounterparty as Mutation_archiveCounterparty } from './counterparties/resolvers/Mutation/archiveCounterparty';
import    { archivePerson as Mutation_archivePerson } from './persons/resolvers/Mutation/archivePerson';
import    { cancelChronicleEntry as Mutation_cancelChronicleEntry } from './chronicle/resolvers/Mutation/cancelChronicleEntry';
import    { cancelObligation as Mutation_cancelObligation } from './obligations/resolvers/Mutation/cancelObligation';
import    { completeChronicleEntry as Mutation_completeChronicleEntry } from './chronicle/resolvers/Mutation/completeChronicleEntry';
import    { createChronicleEntry as Mutation_createChronicleEntry } from './chronicle/resolvers/Mutation/createChronicleEntry';
import    { createCounterparty as Mutation_createCounterparty } from './counterparties/resolvers/Mutation/createCounterparty';
import    { createCounterpartyGroup as Mutation_createCounterpartyGroup } from './counterparties/resolvers/Mutation/createCounterpartyGroup';
import    { createCounterpartyObject as Mutation_createCounterpartyObject } from './counterparties/resolvers/Mutation/createCounterpartyObject';
import    { createDepartment as Mutation_createDepartment } from './catalogues/resolvers/Mutation/createDepartment';
import    { createEmployee as Mutation_createEmployee } from './catalogues/resolvers/Mutation/createEmployee';
import    { createInformationSource as Mutation_createInformationSource } from './catalogues/resolvers/Mutation/createInformationSource';
import    { createObligation as Mutation_createObligation } from './obligations/resolvers/Mutation/createObligation';
import    { createParameterDefinition as Mutation_createParameterDefinition } from './counterparties/resolvers/Mutation/createParameterDefinition';
import    { createPerson as Mutation_createPerson } from './persons/resolvers/Mutation/createPerson';
import    { deleteCounterpartyGroup as Mutation_deleteCounterpartyGroup } from './counterparties/resolvers/Mutation/deleteCounterpartyGroup';
import    { deleteCounterpartyObject as Mutation_deleteCounterpartyObject } from './counterparties/resolvers/Mutation/deleteCounterpartyObject';
import    { moveCounterpartyGroup as Mutation_moveCounterpartyGroup } from './counterparties/resolvers/Mutation/moveCounterpartyGroup';
import    { recordObligationFulfilment as Mutation_recordObligationFulfilment } from './obligations/resolvers/Mutation/recordObligationFulfilment';
import    { removeCounterpartyCompetitor as Mutation_removeCounterpartyCompetitor } from './counterparties/resolvers/Mutation/removeCounterpartyCompetitor';
import    { renameCounterpartyGroup as Mutation_renameCounterpartyGroup } from './counterparties/resolvers/Mutation/renameCounterpartyGroup';
import    { restoreCounterparty as Mutation_restoreCounterparty } from './counterparties/resolvers/Mutation/restoreCounterparty';
import    { restorePerson as Mutation_restorePerson } from './persons/resolvers/Mutation/restorePerson';
import    { setCounterpartyCompetitor as Mutation_setCounterpartyCompetitor } from './counterparties/resolvers/Mutation/setCounterpartyCompetitor';
import    { setCounterpartyParameters as Mutation_setCounterpartyParameters } from './counterparties/resolvers/Mutation/setCounterpartyParameters';
import    { updateChronicleEntry as Mutation_updateChronicleEntry } from './chronicle/resolvers/Mutation/updateChronicleEntry';
import    { updateCounterparty as Mutation_updateCounterparty } from './counterparties/resolvers/Mutation/updateCounterparty';
import    { updateCounterpartyObject as Mutation_updateCounterpartyObject } from './counterparties/resolvers/Mutation/updateCounterpartyObject';
import    { updateDepartment as Mutation_updateDepartment } from './catalogues/resolvers/Mutation/updateDepartment';
import    { updateEmployee as Mutation_updateEmployee } from './catalogues/resolvers/Mutation/updateEmployee';
import    { updateInformationSource as Mutation_updateInformationSource } from './catalogues/resolvers/Mutation/updateInformationSource';
import    { updateObligation as Mutation_updateObligation } from './obligations/resolvers/Mutation/updateObligation';
import    { updatePerson as Mutation_updatePerson } from './persons/resolvers/Mutation/updatePerson';
import    { ChronicleEntry } from './chronicle/resolvers/ChronicleEntry';
import    { ChronicleEntryConnection } from './chronicle/resolvers/ChronicleEntryConnection';
import    { CompetitorShare } from './counterparties/resolvers/CompetitorShare';
import    { Counterparty as counterparties_Counterparty } from './counterparties/resolvers/Counterparty';
import    { Counterparty as chronicle_Counterparty } from './chronicle/resolvers/Counterparty';
import    { Counterparty as obligations_Counterparty } from './obligations/resolvers/Counterparty';
import    { Counterparty as persons_Counterparty } from './persons/resolvers/Counterparty';
import    { CounterpartyConnection } from './counterparties/resolvers/CounterpartyConnection';
import    { CounterpartyGroup } from './counterparties/resolvers/CounterpartyGroup';
import    { CounterpartyObject } from './counterparties/resolvers/CounterpartyObject';
import    { Department } from './catalogues/resolvers/Department';
import    { DepartmentConnection } from './catalogues/resolvers/DepartmentConnection';
import    { Employee } from './catalogues/resolvers/Employee';
import    { EmployeeConnection } from './catalogues/resolvers/EmployeeConnection';
import    { InformationSource } from './catalogues/resolvers/InformationSource';
import    { InformationSourceConnection } from './catalogues/resolvers/InformationSourceConnection';
import    { Obligation } from './obligations/resolvers/Obligation';
import    { ObligationConnection } from './obligations/resolvers/ObligationConnection';
import    { ParameterDefinition } from './counterparties/resolvers/ParameterDefinition';
import    { ParameterValue } from './counterparties/resolvers/ParameterValue';
import    { Person } from './persons/resolvers/Person';
import    { PersonConnection } from './persons/resolvers/PersonConnection';
import    { PersonPosition } from './persons/resolvers/PersonPosition';
import    { Viewer } from './base/resolvers/Viewer';
import    { CountryCodeResolver,CurrencyResolver,EmailAddressResolver,URLResolver } from 'graphql-scalars';
import    { DateTimeScalar,DecimalScalar,LocalDateScalar } from './../src/lib/scalars';
    export const resolvers: Resolvers = {
      Query: { chronicleEntries: Query_chronicleEntries,chronicleEntry: Query_chronicleEntry,counterparties: Query_counterparties,counterparty: Query_counterparty,counterpartyByExternalId: Query_counterpartyByExternalId,counterpartyGroups: Query_counterpartyGroups,departments: Query_departments,employees: Query_employees,informationSources: Query_informationSources,node: Query_node,nodes: Query_nodes,obligation: Query_obligation,obligations: Query_obligations,parameterDefinitions: Query_parameterDefinitions,person: Query_person,personByExternalId: Query_personByExternalId,persons: Query_persons,viewer: Query_viewer },
      Mutation: { archiveCounterparty: Mutation_archiveCounterparty,archivePerson: Mutation_archivePerson,cancelChronicleEntry: Mutation_cancelChronicleEntry,cancelObligation: Mutation_cancelObligation,completeChronicleEntry: Mutation_completeChronicleEntry,createChronicleEntry: Mutation_createChronicleEntry,createCounterparty: Mutation_createCounterparty,createCounterpartyGroup: Mutation_createCounterpartyGroup,createCounterpartyObject: Mutation_createCounterpartyObject,createDepartment: Mutation_createDepartment,createEmployee: Mutation_createEmployee,createInformationSource: Mutation_createInformationSource,createObligation: Mutation_createObligation,createParameterDefinition: Mutation_createParameterDefinition,createPerson: Mutation_createPerson,deleteCounterpartyGroup: Mutation_deleteCounterpartyGroup,deleteCounterpartyObject: Mutation_deleteCounterpartyObject,moveCounterpartyGroup: Mutation_moveCounterpartyGroup,recordObligationFulfilment: Mutation_recordObligationFulfilment,removeCounterpartyCompetitor: Mutation_removeCounterpartyCompetitor,renameCounterpartyGroup: Mutation_renameCounterpartyGroup,restoreCounterparty: Mutation_restoreCounterparty,restorePerson: Mutation_restorePerson,setCounterpartyCompetitor: Mutation_setCounterpartyCompetitor,setCounterpartyParameters: Mutation_setCounterpartyParameters,updateChronicleEntry: Mutation_updateChronicleEntry,updateCounterparty: Mutation_updateCounterparty,updateCounterpartyObject: Mutation_updateCounterpartyObject,updateDepartment: Mutation_updateDepartment,updateEmployee: Mutation_updateEmployee,updateInformationSource: Mutation_updateInformationSource,updateObligation: Mutation_updateObligation,updatePerson: Mutation_updatePerson },
      
      ChronicleEntry: ChronicleEntry,
ChronicleEntryConnection: ChronicleEntryConnection,
CompetitorShare: CompetitorShare,
Counterparty: { ...counterparties_Counterparty,...chronicle_Counterparty,...obligations_Counterparty,...persons_Counterparty },
CounterpartyConnection: CounterpartyConnection,
CounterpartyGroup: CounterpartyGroup,
CounterpartyObject: CounterpartyObject,
Department: Department,
DepartmentConnection: DepartmentConnection,
Employee: Employee,
EmployeeConnection: EmployeeConnection,
InformationSource: InformationSource,
InformationSourceConnection: InformationSourceConnection,
Obligation: Obligation,
ObligationConnection: ObligationConnection,
ParameterDefinition: ParameterDefinition,
ParameterValue: ParameterValue,
Person: Person,
PersonConnection: PersonConnection,
PersonPosition: PersonPosition,
Viewer: Viewer,
CountryCode: CountryCodeResolver,
Currency: CurrencyResolver,
EmailAddress: EmailAddressResolver,
URL: URLResolver,
DateTime: DateTimeScalar,
Decimal: DecimalScalar,
LocalDate: LocalDateScalar
    }