/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './types.generated.js';
    import    { agreements as Query_agreements } from './commerce/resolvers/Query/agreements.js';
import    { appeals as Query_appeals } from './appeals/resolvers/Query/appeals.js';
import    { claims as Query_claims } from './claims/resolvers/Query/claims.js';
import    { contracts as Query_contracts } from './commerce/resolvers/Query/contracts.js';
import    { me as Query_me } from './organisation/resolvers/Query/me.js';
import    { node as Query_node } from './base/resolvers/Query/node.js';
import    { nodes as Query_nodes } from './base/resolvers/Query/nodes.js';
import    { obligations as Query_obligations } from './commerce/resolvers/Query/obligations.js';
import    { orders as Query_orders } from './commerce/resolvers/Query/orders.js';
import    { organisation as Query_organisation } from './organisation/resolvers/Query/organisation.js';
import    { serviceCards as Query_serviceCards } from './service/resolvers/Query/serviceCards.js';
import    { settlements as Query_settlements } from './commerce/resolvers/Query/settlements.js';
import    { workHistory as Query_workHistory } from './reports/resolvers/Query/workHistory.js';
import    { commentOnAppeal as Mutation_commentOnAppeal } from './appeals/resolvers/Mutation/commentOnAppeal.js';
import    { commentOnClaim as Mutation_commentOnClaim } from './claims/resolvers/Mutation/commentOnClaim.js';
import    { registerAppeal as Mutation_registerAppeal } from './appeals/resolvers/Mutation/registerAppeal.js';
import    { registerClaim as Mutation_registerClaim } from './claims/resolvers/Mutation/registerClaim.js';
import    { uploadAttachment as Mutation_uploadAttachment } from './attachments/resolvers/Mutation/uploadAttachment.js';
import    { Agreement } from './commerce/resolvers/Agreement.js';
import    { AgreementTerms } from './commerce/resolvers/AgreementTerms.js';
import    { Appeal as appeals_Appeal } from './appeals/resolvers/Appeal.js';
import    { Appeal as attachments_Appeal } from './attachments/resolvers/Appeal.js';
import    { AppealAction } from './appeals/resolvers/AppealAction.js';
import    { AppealConnection } from './appeals/resolvers/AppealConnection.js';
import    { Attachment } from './attachments/resolvers/Attachment.js';
import    { Claim as claims_Claim } from './claims/resolvers/Claim.js';
import    { Claim as attachments_Claim } from './attachments/resolvers/Claim.js';
import    { ClaimConnection } from './claims/resolvers/ClaimConnection.js';
import    { ClaimEvent } from './claims/resolvers/ClaimEvent.js';
import    { Contract } from './commerce/resolvers/Contract.js';
import    { ContractConnection } from './commerce/resolvers/ContractConnection.js';
import    { ContractLine } from './commerce/resolvers/ContractLine.js';
import    { Obligation } from './commerce/resolvers/Obligation.js';
import    { ObligationConnection } from './commerce/resolvers/ObligationConnection.js';
import    { ObligationFulfilment } from './commerce/resolvers/ObligationFulfilment.js';
import    { Order } from './commerce/resolvers/Order.js';
import    { OrderConnection } from './commerce/resolvers/OrderConnection.js';
import    { OrderLine } from './commerce/resolvers/OrderLine.js';
import    { Organisation } from './organisation/resolvers/Organisation.js';
import    { Payment } from './commerce/resolvers/Payment.js';
import    { Person } from './organisation/resolvers/Person.js';
import    { Position } from './organisation/resolvers/Position.js';
import    { ProductName } from './commerce/resolvers/ProductName.js';
import    { ServiceCard } from './service/resolvers/ServiceCard.js';
import    { ServiceCardConnection } from './service/resolvers/ServiceCardConnection.js';
import    { ServiceVisit } from './service/resolvers/ServiceVisit.js';
import    { Settlements } from './commerce/resolvers/Settlements.js';
import    { Shipment } from './commerce/resolvers/Shipment.js';
import    { CountryCodeResolver,CurrencyResolver,EmailAddressResolver } from 'graphql-scalars';
import    { DateTimeScalar,DecimalScalar,LocalDateScalar } from './../../src/lib/scalars.js';
import    { UploadScalar } from './../../src/modules/attachments/multipart.js';
    export const resolvers: Resolvers = {
      Query: { agreements: Query_agreements,appeals: Query_appeals,claims: Query_claims,contracts: Query_contracts,me: Query_me,node: Query_node,nodes: Query_nodes,obligations: Query_obligations,orders: Query_orders,organisation: Query_organisation,serviceCards: Query_serviceCards,settlements: Query_settlements,workHistory: Query_workHistory },
      Mutation: { commentOnAppeal: Mutation_commentOnAppeal,commentOnClaim: Mutation_commentOnClaim,registerAppeal: Mutation_registerAppeal,registerClaim: Mutation_registerClaim,uploadAttachment: Mutation_uploadAttachment },
      
      Agreement: Agreement,
AgreementTerms: AgreementTerms,
Appeal: { ...appeals_Appeal,...attachments_Appeal },
AppealAction: AppealAction,
AppealConnection: AppealConnection,
Attachment: Attachment,
Claim: { ...claims_Claim,...attachments_Claim },
ClaimConnection: ClaimConnection,
ClaimEvent: ClaimEvent,
Contract: Contract,
ContractConnection: ContractConnection,
ContractLine: ContractLine,
Obligation: Obligation,
ObligationConnection: ObligationConnection,
ObligationFulfilment: ObligationFulfilment,
Order: Order,
OrderConnection: OrderConnection,
OrderLine: OrderLine,
Organisation: Organisation,
Payment: Payment,
Person: Person,
Position: Position,
ProductName: ProductName,
ServiceCard: ServiceCard,
ServiceCardConnection: ServiceCardConnection,
ServiceVisit: ServiceVisit,
Settlements: Settlements,
Shipment: Shipment,
CountryCode: CountryCodeResolver,
Currency: CurrencyResolver,
EmailAddress: EmailAddressResolver,
DateTime: DateTimeScalar,
Decimal: DecimalScalar,
LocalDate: LocalDateScalar,
Upload: UploadScalar
    }