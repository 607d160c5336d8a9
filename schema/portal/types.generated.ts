import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgreementMapper, AgreementTermsMapper, ContractMapper, ContractConnectionMapper, ContractLineMapper, ObligationMapper, ObligationConnectionMapper, ObligationFulfilmentMapper, OrderMapper, OrderConnectionMapper, OrderLineMapper, PaymentMapper, ProductNameMapper, SettlementsMapper, ShipmentMapper } from './commerce/schema.mappers.js';
import type { AppealMapper, AppealActionMapper, AppealConnectionMapper } from './appeals/schema.mappers.js';
import type { AttachmentMapper } from './attachments/schema.mappers.js';
import type { ClaimMapper, ClaimConnectionMapper, ClaimEventMapper } from './claims/schema.mappers.js';
import type { OrganisationMapper, PersonMapper, PositionMapper } from './organisation/schema.mappers.js';
import type { ServiceCardMapper, ServiceCardConnectionMapper, ServiceVisitMapper } from './service/schema.mappers.js';
import type { PortalContext } from '../../src/modules/portal/portal.context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A country code, ISO 3166-1 alpha-2, e.g. `UA`. */
  CountryCode: { input: string; output: string; }
  /** A currency code, ISO 4217, e.g. `EUR`. */
  Currency: { input: string; output: string; }
  /** An instant in time, ISO 8601 with offset, e.g. `2026-11-22T09:30:00Z`. */
  DateTime: { input: Date; output: Date | string; }
  /** An exact decimal number written as a string, e.g. `"1250.50"`, for money and quantities. */
  Decimal: { input: string; output: string; }
  /** An e-mail address (RFC 5322). */
  EmailAddress: { input: string; output: string; }
  /** A calendar date without time or zone, ISO 8601, e.g. `2026-11-22`. */
  LocalDate: { input: string; output: string; }
  /**
   * A file sent with the request by the GraphQL multipart request spec (what Apollo Upload Client and
   * urql send): a `multipart/form-data` POST to /portal/graphql with the field `operations` (the JSON
   * request, with null where the file goes), then `map` (e.g. `{"0": ["variables.input.file"]}`), then
   * the file; with an `Apollo-Require-Preflight: true` header, without which the request is refused as
   * a possible cross-site request forgery.
   */
  Upload: { input: import("../../src/modules/attachments/multipart.js").FileUpload; output: never; }
};

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** Building. */
  building: Maybe<Scalars['String']['output']>;
  /** City. */
  city: Maybe<Scalars['String']['output']>;
  /** Country. */
  countryCode: Maybe<Scalars['CountryCode']['output']>;
  /** What the address is for. */
  kind: AddressKind;
  /** Postal code. */
  postalCode: Maybe<Scalars['String']['output']>;
  /** Region. */
  region: Maybe<Scalars['String']['output']>;
  /** Street. */
  street: Maybe<Scalars['String']['output']>;
  /** The address as one line. */
  text: Maybe<Scalars['String']['output']>;
  /** Unit, flat or office. */
  unit: Maybe<Scalars['String']['output']>;
};

/** What an address is for. */
export type AddressKind =
  /** Where the organisation actually is. */
  | 'ACTUAL'
  /** Where goods are delivered. */
  | 'DELIVERY'
  /** Registered address. */
  | 'LEGAL'
  /** Where letters go. */
  | 'POSTAL';

/** An agreement on the terms the company trades with the organisation on. */
export type Agreement = Node & {
  __typename?: 'Agreement';
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** State. */
  status: AgreementStatus;
  /** The terms in force: the agreement's own, and those it takes from its typical agreement. */
  terms: AgreementTerms;
};

/** The state of an agreement. */
export type AgreementStatus =
  /** In force. */
  | 'ACTIVE'
  /** No longer in force. */
  | 'CLOSED'
  /** Being prepared. */
  | 'DRAFT';

/** Trading terms. */
export type AgreementTerms = {
  __typename?: 'AgreementTerms';
  /** Whether orders need a contract. */
  contractsRequired: Maybe<Scalars['Boolean']['output']>;
  /** Currency of orders. */
  currency: Maybe<Scalars['Currency']['output']>;
  /** Days from order to delivery. */
  deliveryDays: Maybe<Scalars['Int']['output']>;
  /** Discount in percent off list prices; negative is a markup. */
  discountPercent: Maybe<Scalars['Decimal']['output']>;
  /** How the organisation pays. */
  paymentMethod: Maybe<PaymentMethod>;
  /** When and how much is paid, in stages. */
  paymentSchedule: Maybe<Array<PaymentStage>>;
  /** First day the agreement may be used. */
  validFrom: Maybe<Scalars['LocalDate']['output']>;
  /** Last day the agreement may be used. */
  validTo: Maybe<Scalars['LocalDate']['output']>;
};

/** An appeal of the organisation. */
export type Appeal = Node & {
  __typename?: 'Appeal';
  /** What happened on it that staff shared with the organisation, and the organisation's comments, oldest first. */
  actions: Array<AppealAction>;
  /** Files attached to the appeal, by the organisation or by staff, oldest first. */
  attachments: Array<Attachment>;
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** When it should be answered by. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Number, e.g. `A-000042`. */
  number: Scalars['String']['output'];
  /** How it was resolved. */
  resolution: Maybe<Scalars['String']['output']>;
  /** When it was resolved. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** State. */
  status: AppealStatus;
  /** What it is about. */
  subject: Scalars['String']['output'];
  /** The appeal in full. */
  text: Maybe<Scalars['String']['output']>;
};

/** An action on an appeal the organisation may see. */
export type AppealAction = {
  __typename?: 'AppealAction';
  /** What was done or said. */
  description: Maybe<Scalars['String']['output']>;
  /** Whether the organisation wrote it (a comment through the portal). */
  fromOrganisation: Scalars['Boolean']['output'];
  /** The status before, for a change of status. */
  fromStatus: Maybe<AppealStatus>;
  /** When. */
  happenedAt: Scalars['DateTime']['output'];
  /** What it was. */
  kind: AppealActionKind;
  /** The status after, for a change of status. */
  toStatus: Maybe<AppealStatus>;
};

/** What an action on an appeal was. */
export type AppealActionKind =
  /** A comment, from the organisation or from staff. */
  | 'COMMENT'
  /** The appeal was registered. */
  | 'REGISTERED'
  /** Its status changed. */
  | 'STATUS_CHANGED'
  /** Work was done on it. */
  | 'WORK';

/** A page of appeals. */
export type AppealConnection = {
  __typename?: 'AppealConnection';
  /** The appeals of this page with their cursors. */
  edges: Array<AppealEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of appeals matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An appeal with its cursor. */
export type AppealEdge = {
  __typename?: 'AppealEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The appeal. */
  node: Appeal;
};

/** The result of an appeal mutation. */
export type AppealPayload = {
  __typename?: 'AppealPayload';
  /** The appeal as written; null when nothing was written. */
  appeal: Maybe<Appeal>;
  /** What was wrong with the input; empty when it was written. */
  userErrors: Array<UserError>;
};

/** The state of an appeal. */
export type AppealStatus =
  /** Closed. */
  | 'CLOSED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Registered, not yet taken up. */
  | 'NEW'
  /** Rejected. */
  | 'REJECTED'
  /** Resolved. */
  | 'RESOLVED'
  /** Waiting for an answer from the organisation. */
  | 'WAITING_FOR_CLIENT';

/** A file attached to an appeal or a claim. */
export type Attachment = Node & {
  __typename?: 'Attachment';
  /** Its content type, checked against its first bytes when it was stored. */
  contentType: Scalars['String']['output'];
  /** Where to GET its bytes, relative to the API's origin, with the partner key in `Authorization`. */
  downloadUrl: Scalars['String']['output'];
  /** The file's name. */
  fileName: Scalars['String']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** SHA-256 of its bytes, 64 hex digits. */
  sha256: Scalars['String']['output'];
  /** Its size in bytes. */
  size: Scalars['Int']['output'];
  /** When it was stored. */
  uploadedAt: Scalars['DateTime']['output'];
};

/** The result of `uploadAttachment`. */
export type AttachmentPayload = {
  __typename?: 'AttachmentPayload';
  /** The attachment as stored; null when nothing was stored. */
  attachment: Maybe<Attachment>;
  /** What was wrong; empty when it was stored. */
  userErrors: Array<UserError>;
};

/** A claim of the organisation. */
export type Claim = Node & {
  __typename?: 'Claim';
  /** The amount claimed. */
  amountClaimed: Maybe<Scalars['Decimal']['output']>;
  /** The amount granted, when satisfied in full or in part. */
  amountGranted: Maybe<Scalars['Decimal']['output']>;
  /** Files attached to the claim, by the organisation or by staff, oldest first. */
  attachments: Array<Attachment>;
  /** When it was closed; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The contract it is about. */
  contract: Maybe<Contract>;
  /** Currency of the amounts. */
  currency: Maybe<Scalars['Currency']['output']>;
  /** What the organisation demands. */
  demand: Maybe<Scalars['String']['output']>;
  /** What the claim is about. */
  essence: Scalars['String']['output'];
  /** What happened on it that staff shared with the organisation, and the organisation's comments, oldest first. */
  events: Array<ClaimEvent>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Number, e.g. `C-000042`. */
  number: Scalars['String']['output'];
  /** The order it is about. */
  order: Maybe<Order>;
  /** When it was registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** The answer the claim was closed with. */
  result: Maybe<Scalars['String']['output']>;
  /** State, with the outcome once closed. */
  status: ClaimStatus;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims of this page with their cursors. */
  edges: Array<ClaimEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of claims matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A claim with its cursor. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** An event of a claim the organisation may see. */
export type ClaimEvent = {
  __typename?: 'ClaimEvent';
  /** Whether the organisation wrote it (a comment through the portal). */
  fromOrganisation: Scalars['Boolean']['output'];
  /** When. */
  happenedAt: Scalars['DateTime']['output'];
  /** What happened. */
  subject: Scalars['String']['output'];
  /** What was said or done. */
  text: Maybe<Scalars['String']['output']>;
};

/** The result of a claim mutation. */
export type ClaimPayload = {
  __typename?: 'ClaimPayload';
  /** The claim as written; null when nothing was written. */
  claim: Maybe<Claim>;
  /** What was wrong with the input; empty when it was written. */
  userErrors: Array<UserError>;
};

/** The state of a claim; the last four close it with its outcome. */
export type ClaimStatus =
  /** Being investigated. */
  | 'INVESTIGATING'
  /** Closed: the demand was met in part. */
  | 'PARTLY_SATISFIED'
  /** Registered, not yet investigated. */
  | 'REGISTERED'
  /** Closed: the demand was refused. */
  | 'REJECTED'
  /** Closed: the demand was met. */
  | 'SATISFIED'
  /** Closed: the organisation withdrew the claim. */
  | 'WITHDRAWN';

/** A comment on an appeal. */
export type CommentOnAppealInput = {
  /** The appeal, one of the organisation's. */
  appealId: Scalars['ID']['input'];
  /** The comment, at most 5000 characters. */
  text: Scalars['String']['input'];
};

/** A comment on a claim. */
export type CommentOnClaimInput = {
  /** The claim, one of the organisation's. */
  claimId: Scalars['ID']['input'];
  /** The comment, at most 5000 characters. */
  text: Scalars['String']['input'];
};

/** What a phone or e-mail is. */
export type ContactKind =
  /** Fax. */
  | 'FAX'
  /** At home. */
  | 'HOME'
  /** Mobile. */
  | 'MOBILE'
  /** Anything else. */
  | 'OTHER'
  /** At work. */
  | 'WORK';

/** A contract with the organisation. */
export type Contract = Node & {
  __typename?: 'Contract';
  /** Currency. */
  currency: Scalars['Currency']['output'];
  /** Date signed. */
  date: Scalars['LocalDate']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The specification. */
  lines: Array<ContractLine>;
  /** Number. */
  number: Scalars['String']['output'];
  /** What the contract obliges each side to, by due date. */
  obligations: Array<Obligation>;
  /** State. */
  status: ContractStatus;
  /** What the contract is about. */
  subject: Maybe<Scalars['String']['output']>;
  /** Total of its specification. */
  total: Scalars['Decimal']['output'];
  /** First day in force. */
  validFrom: Maybe<Scalars['LocalDate']['output']>;
  /** Last day in force. */
  validTo: Maybe<Scalars['LocalDate']['output']>;
};

/** A page of contracts. */
export type ContractConnection = {
  __typename?: 'ContractConnection';
  /** The contracts of this page with their cursors. */
  edges: Array<ContractEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of contracts across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A contract with its cursor. */
export type ContractEdge = {
  __typename?: 'ContractEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The contract. */
  node: Contract;
};

/** A line of a contract's specification. */
export type ContractLine = {
  __typename?: 'ContractLine';
  /** Amount. */
  amount: Scalars['Decimal']['output'];
  /** Line number. */
  lineNo: Scalars['Int']['output'];
  /** What is supplied. */
  product: ProductName;
  /** Quantity. */
  quantity: Scalars['Decimal']['output'];
  /** Price per unit. */
  unitPrice: Scalars['Decimal']['output'];
};

/** The state of a contract. */
export type ContractStatus =
  /** Signed and in force. */
  | 'ACTIVE'
  /** Cancelled. */
  | 'CANCELLED'
  /** Fulfilled or ended. */
  | 'CLOSED'
  /** Being prepared. */
  | 'DRAFT';

/** An amount in one currency. */
export type CurrencyAmount = {
  __typename?: 'CurrencyAmount';
  /** The amount. */
  amount: Scalars['Decimal']['output'];
  /** The currency. */
  currency: Scalars['Currency']['output'];
};

/** An e-mail address. */
export type Email = {
  __typename?: 'Email';
  /** The address. */
  address: Scalars['EmailAddress']['output'];
  /** What the address is. */
  kind: ContactKind;
};

/**
 * The root of every change a partner may make: registering appeals and claims and commenting on
 * them. Each mutation takes one `input` and returns a payload with the record and `userErrors`; a
 * mutation that reports user errors has written nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds the organisation's comment to one of its appeals; staff see it among the appeal's actions. */
  commentOnAppeal: AppealPayload;
  /** Adds the organisation's comment to one of its claims; staff see it in the claim's chronicle. */
  commentOnClaim: ClaimPayload;
  /** Registers an appeal (a question, a request, a problem) from the organisation; staff see it arrive among their appeals. */
  registerAppeal: AppealPayload;
  /** Registers a claim (a complaint with a demand) of the organisation; staff see it arrive among their claims. */
  registerClaim: ClaimPayload;
  /**
   * Attaches a file to one of the organisation's appeals or claims, streamed into the company's
   * database as it arrives. A file over the size limit is TOO_LARGE, a declared content type its
   * bytes contradict CONTENT_TYPE_MISMATCH; either way nothing is stored.
   */
  uploadAttachment: AttachmentPayload;
};


/**
 * The root of every change a partner may make: registering appeals and claims and commenting on
 * them. Each mutation takes one `input` and returns a payload with the record and `userErrors`; a
 * mutation that reports user errors has written nothing.
 */
export type MutationcommentOnAppealArgs = {
  input: CommentOnAppealInput;
};


/**
 * The root of every change a partner may make: registering appeals and claims and commenting on
 * them. Each mutation takes one `input` and returns a payload with the record and `userErrors`; a
 * mutation that reports user errors has written nothing.
 */
export type MutationcommentOnClaimArgs = {
  input: CommentOnClaimInput;
};


/**
 * The root of every change a partner may make: registering appeals and claims and commenting on
 * them. Each mutation takes one `input` and returns a payload with the record and `userErrors`; a
 * mutation that reports user errors has written nothing.
 */
export type MutationregisterAppealArgs = {
  input: RegisterAppealInput;
};


/**
 * The root of every change a partner may make: registering appeals and claims and commenting on
 * them. Each mutation takes one `input` and returns a payload with the record and `userErrors`; a
 * mutation that reports user errors has written nothing.
 */
export type MutationregisterClaimArgs = {
  input: RegisterClaimInput;
};


/**
 * The root of every change a partner may make: registering appeals and claims and commenting on
 * them. Each mutation takes one `input` and returns a payload with the record and `userErrors`; a
 * mutation that reports user errors has written nothing.
 */
export type MutationuploadAttachmentArgs = {
  input: UploadAttachmentInput;
};

/** An object with a global id, fetchable through `node` and `nodes`. */
export type Node = {
  /** Global id: opaque, stable, the same as the staff API's for the same record. */
  id: Scalars['ID']['output'];
};

/** Something one side owes the other under a contract. */
export type Obligation = Node & {
  __typename?: 'Obligation';
  /** Amount owed, for money and goods. */
  amount: Maybe<Scalars['Decimal']['output']>;
  /** Currency of the amount. */
  currency: Maybe<Scalars['Currency']['output']>;
  /** Who owes it. */
  debtor: ObligationDebtor;
  /** What is owed. */
  description: Scalars['String']['output'];
  /** Due date. */
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  /** Amount fulfilled so far. */
  fulfilledAmount: Scalars['Decimal']['output'];
  /** How it was fulfilled, oldest first: each shipment or payment that fulfilled part of it, and what was recorded by hand. */
  fulfilments: Array<ObligationFulfilment>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** What it is about. */
  kind: ObligationKind;
  /** Whether it is past due and not fulfilled, by the company's calendar. */
  overdue: Scalars['Boolean']['output'];
  /** State. */
  status: ObligationStatus;
};

/** A page of obligations. */
export type ObligationConnection = {
  __typename?: 'ObligationConnection';
  /** The obligations of this page with their cursors. */
  edges: Array<ObligationEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of obligations matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Who owes an obligation. */
export type ObligationDebtor =
  /** The company owes it to the organisation. */
  | 'OURS'
  /** The organisation owes it to the company. */
  | 'THEIRS';

/** An obligation with its cursor. */
export type ObligationEdge = {
  __typename?: 'ObligationEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The obligation. */
  node: Obligation;
};

/** A dated part of an obligation fulfilled. */
export type ObligationFulfilment = {
  __typename?: 'ObligationFulfilment';
  /** The part fulfilled, in the obligation's currency. */
  amount: Scalars['Decimal']['output'];
  /** The day it was fulfilled. */
  date: Scalars['LocalDate']['output'];
  /** What fulfilled it. */
  source: ObligationFulfilmentSource;
};

/** What fulfilled part of an obligation. */
export type ObligationFulfilmentSource =
  /** Recorded by the company's staff. */
  | 'MANUAL'
  /** A payment of an order under the contract. */
  | 'PAYMENT'
  /** A shipment of an order under the contract. */
  | 'SHIPMENT';

/** What an obligation is about. */
export type ObligationKind =
  /** A delivery of goods. */
  | 'DELIVERY'
  /** A document. */
  | 'DOCUMENT'
  /** Anything else. */
  | 'OTHER'
  /** A payment. */
  | 'PAYMENT'
  /** A service. */
  | 'SERVICE';

/** The state of an obligation. */
export type ObligationStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Fulfilled. */
  | 'FULFILLED'
  /** Nothing fulfilled yet. */
  | 'OPEN'
  /** Fulfilled in part. */
  | 'PARTIALLY_FULFILLED';

/** An order of the organisation. */
export type Order = Node & {
  __typename?: 'Order';
  /** Currency. */
  currency: Scalars['Currency']['output'];
  /** Order date. */
  date: Scalars['LocalDate']['output'];
  /** When payment is expected. */
  expectedPaymentDate: Maybe<Scalars['LocalDate']['output']>;
  /** When shipment is expected. */
  expectedShipmentDate: Maybe<Scalars['LocalDate']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Lines in order. */
  lines: Array<OrderLine>;
  /** Number. */
  number: Scalars['String']['output'];
  /** Amount paid so far. */
  paidAmount: Scalars['Decimal']['output'];
  /** How far it is paid. */
  paymentState: OrderProgress;
  /** Payments, oldest first. */
  payments: Array<Payment>;
  /** Amount to be prepaid before shipment. */
  prepaymentRequired: Scalars['Decimal']['output'];
  /** How far it is shipped. */
  shipmentState: OrderProgress;
  /** Shipments, oldest first. */
  shipments: Array<Shipment>;
  /** Amount shipped so far. */
  shippedAmount: Scalars['Decimal']['output'];
  /** State. */
  status: OrderStatus;
  /** Total of its lines. */
  total: Scalars['Decimal']['output'];
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page with their cursors. */
  edges: Array<OrderEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of orders matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An order with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** A line of an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Amount after discount. */
  amount: Scalars['Decimal']['output'];
  /** Discount in percent. */
  discountPercent: Scalars['Decimal']['output'];
  /** Line number. */
  lineNo: Scalars['Int']['output'];
  /** Price per unit. */
  price: Scalars['Decimal']['output'];
  /** What is ordered. */
  product: ProductName;
  /** Quantity. */
  quantity: Scalars['Decimal']['output'];
  /** Quantity shipped so far. */
  shippedQuantity: Scalars['Decimal']['output'];
};

/** How far an order is shipped or paid. */
export type OrderProgress =
  /** In full. */
  | 'FULL'
  /** Nothing yet. */
  | 'NONE'
  /** In part. */
  | 'PARTIAL';

/** The state of an order. */
export type OrderStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Being prepared. */
  | 'DRAFT'
  /** Accepted: being shipped and paid. */
  | 'POSTED';

/** The partner's organisation as the company knows it: names, requisites and contacts. */
export type Organisation = Node & {
  __typename?: 'Organisation';
  /** Addresses on file. */
  addresses: Array<Address>;
  /** E-mail addresses on file. */
  emails: Array<Email>;
  /** Global id (a `Counterparty` id of the staff API). */
  id: Scalars['ID']['output'];
  /** Full legal name. */
  legalName: Maybe<Scalars['String']['output']>;
  /** Short name. */
  name: Scalars['String']['output'];
  /** The organisation's people (those who hold or held a position there), primary contacts first, with their positions there only. */
  persons: Array<Person>;
  /** Phones on file. */
  phones: Array<Phone>;
  /** Registration number in the company register. */
  registrationNumber: Maybe<Scalars['String']['output']>;
  /** Tax number. */
  taxNumber: Maybe<Scalars['String']['output']>;
  /** Websites on file. */
  websites: Array<Scalars['String']['output']>;
};

/** Paging state of a connection, per the Relay cursor connection specification. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge, when paging forward. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first edge, when paging backward (or when a cursor was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A payment against an order. */
export type Payment = {
  __typename?: 'Payment';
  /** Amount paid. */
  amount: Scalars['Decimal']['output'];
  /** Payment date. */
  date: Scalars['LocalDate']['output'];
};

/** When a payment stage's days are counted from. */
export type PaymentBasis =
  /** From the order date. */
  | 'ORDER'
  /** From the shipment date. */
  | 'SHIPMENT';

/** How the organisation pays. */
export type PaymentMethod =
  /** Bank transfer. */
  | 'BANK_TRANSFER'
  /** Card. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** By offsetting mutual debts. */
  | 'OFFSET';

/** One stage of a payment schedule. */
export type PaymentStage = {
  __typename?: 'PaymentStage';
  /** What the days are counted from. */
  basis: PaymentBasis;
  /** Days after the basis date. */
  days: Scalars['Int']['output'];
  /** Share of the order's amount, in percent. */
  percent: Scalars['Decimal']['output'];
  /** Whether the stage is paid before shipment. */
  prepayment: Scalars['Boolean']['output'];
};

/** One of the organisation's people. */
export type Person = Node & {
  __typename?: 'Person';
  /** E-mail addresses. */
  emails: Array<Email>;
  /** First name. */
  firstName: Maybe<Scalars['String']['output']>;
  /** Full name, last name first. */
  fullName: Scalars['String']['output'];
  /** Global id (the staff API's `Person` id). */
  id: Scalars['ID']['output'];
  /** Last name. */
  lastName: Scalars['String']['output'];
  /** Middle name or patronymic. */
  middleName: Maybe<Scalars['String']['output']>;
  /** Phones. */
  phones: Array<Phone>;
  /** The person's positions at the partner's organisation (never at any other). */
  positions: Array<Position>;
};

/** A phone number. */
export type Phone = {
  __typename?: 'Phone';
  /** Extension. */
  extension: Maybe<Scalars['String']['output']>;
  /** What the number is. */
  kind: ContactKind;
  /** The number as written. */
  number: Scalars['String']['output'];
};

/** A position a person holds or held at the partner's organisation. */
export type Position = {
  __typename?: 'Position';
  /** Last day in the position; null while it is held. */
  endDate: Maybe<Scalars['LocalDate']['output']>;
  /** Whether this is the organisation's primary contact. */
  isPrimary: Scalars['Boolean']['output'];
  /** Role in dealings with the company, e.g. `buyer`. */
  role: Maybe<Scalars['String']['output']>;
  /** First day in the position. */
  startDate: Maybe<Scalars['LocalDate']['output']>;
  /** Job title. */
  title: Maybe<Scalars['String']['output']>;
};

/** A product or service as named on the organisation's documents. */
export type ProductName = {
  __typename?: 'ProductName';
  /** Article code. */
  code: Maybe<Scalars['String']['output']>;
  /** Name. */
  name: Scalars['String']['output'];
  /** Unit of measure. */
  unit: Maybe<Scalars['String']['output']>;
};

/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type Query = {
  __typename?: 'Query';
  /** The organisation's agreements (individual ones), with the terms in force. */
  agreements: Array<Agreement>;
  /** The organisation's appeals, newest first: those it registered here and those staff took by phone or mail. */
  appeals: AppealConnection;
  /** The organisation's claims, newest first: those it registered here and those staff registered. */
  claims: ClaimConnection;
  /** The organisation's contracts, newest first. */
  contracts: ContractConnection;
  /** The person of the organisation the key acts for; null for a key of the organisation as a whole. */
  me: Maybe<Person>;
  /**
   * Fetches one of the partner's objects by its global id (the same ids the staff API uses). Null
   * when nothing of the partner's has that id, whoever else's it may be; a malformed id is a
   * BAD_USER_INPUT error.
   */
  node: Maybe<Node>;
  /**
   * Fetches several of the partner's objects by global id, in the order asked, with null for each id
   * that names nothing of the partner's. At most 100 ids.
   */
  nodes: Array<Maybe<Node>>;
  /** What the organisation and the company owe each other under contracts, by due date. */
  obligations: ObligationConnection;
  /** The organisation's orders, newest first. */
  orders: OrderConnection;
  /** The partner's own organisation: the counterparty the key belongs to. */
  organisation: Organisation;
  /** The organisation's service cards (maintenance under contract), with their visits. */
  serviceCards: ServiceCardConnection;
  /** The organisation's settlements on its orders: what it owes and what is overdue. */
  settlements: Settlements;
  /**
   * The organisation's work history with the company from `from` to `to` (at most 1100 days), per
   * MONTH, QUARTER or YEAR: what it bought, how often, how it paid and what claims it made (see
   * `WorkHistoryPeriod`). Only the organisation's own orders, payments and claims are counted.
   */
  workHistory: WorkHistory;
};


/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type QueryappealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<AppealStatus>>;
};


/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type QueryclaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<ClaimStatus>>;
};


/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type QuerycontractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type QuerynodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type QuerynodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type QueryobligationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type QueryordersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  statuses?: InputMaybe<Array<OrderStatus>>;
};


/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type QueryserviceCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The partner portal: what a partner's people see of their own organisation, and nothing else. Every
 * field here reads only the data of the counterparty the PARTNER key belongs to.
 *
 * Every operation has a cost, computed from the document and its variables before it runs, and
 * answered in `extensions.cost` ({ requestedQueryCost, maximum, budget { perMinute remaining } }):
 * a scalar or enum field costs 0 (introspection too), any other field 1 plus what it selects, and a
 * connection 1 plus its page size (`first` or `last`, 20 when neither is given) times what each of
 * its edges selects, so nested connections multiply. An operation over the server's maximum
 * (QUERY_COST_MAX) is refused with QUERY_TOO_COSTLY; one over what its key's budget holds
 * (QUERY_COST_BUDGET_PER_MINUTE, refilled continuously) with BUDGET_EXHAUSTED, HTTP 429 and
 * Retry-After.
 */
export type QueryworkHistoryArgs = {
  bucket?: InputMaybe<WorkHistoryBucket>;
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};

/** A new appeal. */
export type RegisterAppealInput = {
  /** What it is about, at most 500 characters. */
  subject: Scalars['String']['input'];
  /** The appeal in full, at most 10,000 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A new claim. */
export type RegisterClaimInput = {
  /** The amount claimed, zero or more, at most 2 decimal places; needs a currency. */
  amountClaimed?: InputMaybe<Scalars['Decimal']['input']>;
  /** The contract it is about, one of the organisation's. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Currency of the amount. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** What the organisation demands, at most 5000 characters. */
  demand?: InputMaybe<Scalars['String']['input']>;
  /** What the claim is about, at most 5000 characters. */
  essence: Scalars['String']['input'];
  /** The order it is about, one of the organisation's. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
};

/** Maintenance the company provides the organisation: what is serviced, how often, and the visits. */
export type ServiceCard = Node & {
  __typename?: 'ServiceCard';
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The N of EVERY_N_DAYS, EVERY_N_WEEKS and EVERY_N_MONTHS. */
  interval: Maybe<Scalars['Int']['output']>;
  /** Number. */
  number: Scalars['String']['output'];
  /** Last day of the service period. */
  periodEnd: Maybe<Scalars['LocalDate']['output']>;
  /** First day of the service period. */
  periodStart: Maybe<Scalars['LocalDate']['output']>;
  /** How often visits are due. */
  periodicity: ServicePeriodicity;
  /** State. */
  status: ServiceCardStatus;
  /** Visits by planned date. */
  visits: Array<ServiceVisit>;
};

/** A page of service cards. */
export type ServiceCardConnection = {
  __typename?: 'ServiceCardConnection';
  /** The cards of this page with their cursors. */
  edges: Array<ServiceCardEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of cards across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A service card with its cursor. */
export type ServiceCardEdge = {
  __typename?: 'ServiceCardEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The card. */
  node: ServiceCard;
};

/** The state of a service card. */
export type ServiceCardStatus =
  /** Visits are planned and made. */
  | 'ACTIVE'
  /** Ended. */
  | 'CLOSED'
  /** Paused. */
  | 'SUSPENDED';

/** How often service visits are due. */
export type ServicePeriodicity =
  /** Every day. */
  | 'DAILY'
  /** Every `interval` days. */
  | 'EVERY_N_DAYS'
  /** Every `interval` months. */
  | 'EVERY_N_MONTHS'
  /** Every `interval` weeks. */
  | 'EVERY_N_WEEKS'
  /** Every half year. */
  | 'HALF_YEARLY'
  /** Every month. */
  | 'MONTHLY'
  /** Every quarter. */
  | 'QUARTERLY'
  /** Every week. */
  | 'WEEKLY'
  /** Every year. */
  | 'YEARLY';

/** A service visit, planned or made. */
export type ServiceVisit = Node & {
  __typename?: 'ServiceVisit';
  /** When it was made. */
  doneAt: Maybe<Scalars['DateTime']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The day it is planned for. */
  plannedDate: Scalars['LocalDate']['output'];
  /** What was done. */
  result: Maybe<Scalars['String']['output']>;
  /** State. */
  status: ServiceVisitStatus;
};

/** The state of a service visit. */
export type ServiceVisitStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Made. */
  | 'DONE'
  /** Not made on its date. */
  | 'MISSED'
  /** Planned. */
  | 'PLANNED';

/** What the organisation owes on its orders. */
export type Settlements = {
  __typename?: 'Settlements';
  /** Of that, past the expected payment date. */
  overdue: Scalars['Decimal']['output'];
  /** Shipped and not yet paid. */
  receivable: Scalars['Decimal']['output'];
};

/** A shipment against an order. */
export type Shipment = {
  __typename?: 'Shipment';
  /** Amount shipped. */
  amount: Scalars['Decimal']['output'];
  /** Shipment date. */
  date: Scalars['LocalDate']['output'];
};

/** A file for an appeal or a claim. */
export type UploadAttachmentInput = {
  /** The file, sent as the request's multipart part. */
  file: Scalars['Upload']['input'];
  /** The appeal or the claim, one of the organisation's. */
  ownerId: Scalars['ID']['input'];
};

/** An expected failure of a mutation: what is wrong and with which input field. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason. */
  code: UserErrorCode;
  /** Path of the input field at fault, from the argument down, e.g. `["input", "subject"]`. Null when no single field is at fault. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation, in English. */
  message: Scalars['String']['output'];
};

/** Codes of the failures a mutation reports in `userErrors`. */
export type UserErrorCode =
  /** A file's bytes are not of the content type declared for it. */
  | 'CONTENT_TYPE_MISMATCH'
  /** A value that must be unique is already taken. */
  | 'DUPLICATE'
  /** A value is not in the expected format. */
  | 'INVALID'
  /** The record's current state does not allow this change. */
  | 'INVALID_STATE'
  /** A referenced record does not exist, or is not the partner's. */
  | 'NOT_FOUND'
  /** A number or date is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** A file is larger than the server takes. */
  | 'TOO_LARGE'
  /** A text is longer than allowed. */
  | 'TOO_LONG'
  /** An id names a record of another type than the field expects. */
  | 'WRONG_TYPE';

/** The organisation's figures over a period, in total and per month, quarter or year. */
export type WorkHistory = {
  __typename?: 'WorkHistory';
  /** The span of each row of `periods`. */
  bucket: WorkHistoryBucket;
  /** One row per month, quarter or year touching the period, in order, empty ones included; each counts only what falls inside the period. */
  periods: Array<WorkHistoryPeriod>;
  /** The whole period's figures (`start` is null). */
  total: WorkHistoryPeriod;
};

/** The calendar span of a row of a work history. */
export type WorkHistoryBucket =
  /** Calendar months. */
  | 'MONTH'
  /** Calendar quarters (January, April, July, October). */
  | 'QUARTER'
  /** Calendar years. */
  | 'YEAR';

/** Claims of one status. */
export type WorkHistoryClaims = {
  __typename?: 'WorkHistoryClaims';
  /** How many. */
  count: Scalars['Int']['output'];
  /** The claims' current status. */
  status: ClaimStatus;
};

/**
 * What the organisation did in one month, quarter or year (or the whole period). Only POSTED orders
 * count. A payment is on time when paid on or before its order's expected payment date, late when
 * after it, and without a due date when the order has none.
 */
export type WorkHistoryPeriod = {
  __typename?: 'WorkHistoryPeriod';
  /** The average number of days from the previous POSTED order (of any date) to each of these orders; null when none has a previous one. */
  averageDaysBetweenOrders: Maybe<Scalars['Decimal']['output']>;
  /** The average days late payments came after their order's expected payment date; null when none was late. */
  averageDaysLate: Maybe<Scalars['Decimal']['output']>;
  /** Claims registered in it (in `timeZone`). */
  claims: Scalars['Int']['output'];
  /** Those claims by their current status; statuses with none are left out. */
  claimsByStatus: Array<WorkHistoryClaims>;
  /** POSTED orders dated in it. */
  orders: Scalars['Int']['output'];
  /** Their amounts per currency, by currency code. */
  paid: Array<CurrencyAmount>;
  /** Payments after their order's expected payment date. */
  paidLate: Scalars['Int']['output'];
  /** Payments on or before their order's expected payment date. */
  paidOnTime: Scalars['Int']['output'];
  /** Payments of orders without an expected payment date. */
  paidWithoutDueDate: Scalars['Int']['output'];
  /** Payments dated in it. */
  payments: Scalars['Int']['output'];
  /** Their totals per currency, by currency code. */
  purchases: Array<CurrencyAmount>;
  /** The first day of the month, quarter or year; null for the whole period. */
  start: Maybe<Scalars['LocalDate']['output']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( AgreementMapper & { __typename: 'Agreement' } )
    | ( AppealMapper & { __typename: 'Appeal' } )
    | ( AttachmentMapper & { __typename: 'Attachment' } )
    | ( ClaimMapper & { __typename: 'Claim' } )
    | ( ContractMapper & { __typename: 'Contract' } )
    | ( ObligationMapper & { __typename: 'Obligation' } )
    | ( OrderMapper & { __typename: 'Order' } )
    | ( OrganisationMapper & { __typename: 'Organisation' } )
    | ( PersonMapper & { __typename: 'Person' } )
    | ( ServiceCardMapper & { __typename: 'ServiceCard' } )
    | ( ServiceVisitMapper & { __typename: 'ServiceVisit' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Omit<Address, 'kind'> & { kind: ResolversTypes['AddressKind'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddressKind: ResolverTypeWrapper<'LEGAL' | 'ACTUAL' | 'POSTAL' | 'DELIVERY'>;
  Agreement: ResolverTypeWrapper<AgreementMapper>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AgreementStatus: ResolverTypeWrapper<'DRAFT' | 'ACTIVE' | 'CLOSED'>;
  AgreementTerms: ResolverTypeWrapper<AgreementTermsMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Appeal: ResolverTypeWrapper<AppealMapper>;
  AppealAction: ResolverTypeWrapper<AppealActionMapper>;
  AppealActionKind: ResolverTypeWrapper<'REGISTERED' | 'WORK' | 'STATUS_CHANGED' | 'COMMENT'>;
  AppealConnection: ResolverTypeWrapper<AppealConnectionMapper>;
  AppealEdge: ResolverTypeWrapper<Omit<AppealEdge, 'node'> & { node: ResolversTypes['Appeal'] }>;
  AppealPayload: ResolverTypeWrapper<Omit<AppealPayload, 'appeal' | 'userErrors'> & { appeal?: Maybe<ResolversTypes['Appeal']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AppealStatus: ResolverTypeWrapper<'NEW' | 'IN_PROGRESS' | 'WAITING_FOR_CLIENT' | 'RESOLVED' | 'CLOSED' | 'REJECTED'>;
  Attachment: ResolverTypeWrapper<AttachmentMapper>;
  AttachmentPayload: ResolverTypeWrapper<Omit<AttachmentPayload, 'attachment' | 'userErrors'> & { attachment?: Maybe<ResolversTypes['Attachment']>, userErrors: Array<ResolversTypes['UserError']> }>;
  Claim: ResolverTypeWrapper<ClaimMapper>;
  ClaimConnection: ResolverTypeWrapper<ClaimConnectionMapper>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimEvent: ResolverTypeWrapper<ClaimEventMapper>;
  ClaimPayload: ResolverTypeWrapper<Omit<ClaimPayload, 'claim' | 'userErrors'> & { claim?: Maybe<ResolversTypes['Claim']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ClaimStatus: ResolverTypeWrapper<'REGISTERED' | 'INVESTIGATING' | 'SATISFIED' | 'PARTLY_SATISFIED' | 'REJECTED' | 'WITHDRAWN'>;
  CommentOnAppealInput: CommentOnAppealInput;
  CommentOnClaimInput: CommentOnClaimInput;
  ContactKind: ResolverTypeWrapper<'WORK' | 'MOBILE' | 'HOME' | 'FAX' | 'OTHER'>;
  Contract: ResolverTypeWrapper<ContractMapper>;
  ContractConnection: ResolverTypeWrapper<ContractConnectionMapper>;
  ContractEdge: ResolverTypeWrapper<Omit<ContractEdge, 'node'> & { node: ResolversTypes['Contract'] }>;
  ContractLine: ResolverTypeWrapper<ContractLineMapper>;
  ContractStatus: ResolverTypeWrapper<'DRAFT' | 'ACTIVE' | 'CLOSED' | 'CANCELLED'>;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  CurrencyAmount: ResolverTypeWrapper<CurrencyAmount>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Email: ResolverTypeWrapper<Omit<Email, 'kind'> & { kind: ResolversTypes['ContactKind'] }>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Obligation: ResolverTypeWrapper<ObligationMapper>;
  ObligationConnection: ResolverTypeWrapper<ObligationConnectionMapper>;
  ObligationDebtor: ResolverTypeWrapper<'OURS' | 'THEIRS'>;
  ObligationEdge: ResolverTypeWrapper<Omit<ObligationEdge, 'node'> & { node: ResolversTypes['Obligation'] }>;
  ObligationFulfilment: ResolverTypeWrapper<ObligationFulfilmentMapper>;
  ObligationFulfilmentSource: ResolverTypeWrapper<'SHIPMENT' | 'PAYMENT' | 'MANUAL'>;
  ObligationKind: ResolverTypeWrapper<'DELIVERY' | 'PAYMENT' | 'SERVICE' | 'DOCUMENT' | 'OTHER'>;
  ObligationStatus: ResolverTypeWrapper<'OPEN' | 'PARTIALLY_FULFILLED' | 'FULFILLED' | 'CANCELLED'>;
  Order: ResolverTypeWrapper<OrderMapper>;
  OrderConnection: ResolverTypeWrapper<OrderConnectionMapper>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderLine: ResolverTypeWrapper<OrderLineMapper>;
  OrderProgress: ResolverTypeWrapper<'NONE' | 'PARTIAL' | 'FULL'>;
  OrderStatus: ResolverTypeWrapper<'DRAFT' | 'POSTED' | 'CANCELLED'>;
  Organisation: ResolverTypeWrapper<OrganisationMapper>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentMapper>;
  PaymentBasis: ResolverTypeWrapper<'ORDER' | 'SHIPMENT'>;
  PaymentMethod: ResolverTypeWrapper<'BANK_TRANSFER' | 'CASH' | 'CARD' | 'OFFSET'>;
  PaymentStage: ResolverTypeWrapper<Omit<PaymentStage, 'basis'> & { basis: ResolversTypes['PaymentBasis'] }>;
  Person: ResolverTypeWrapper<PersonMapper>;
  Phone: ResolverTypeWrapper<Omit<Phone, 'kind'> & { kind: ResolversTypes['ContactKind'] }>;
  Position: ResolverTypeWrapper<PositionMapper>;
  ProductName: ResolverTypeWrapper<ProductNameMapper>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterAppealInput: RegisterAppealInput;
  RegisterClaimInput: RegisterClaimInput;
  ServiceCard: ResolverTypeWrapper<ServiceCardMapper>;
  ServiceCardConnection: ResolverTypeWrapper<ServiceCardConnectionMapper>;
  ServiceCardEdge: ResolverTypeWrapper<Omit<ServiceCardEdge, 'node'> & { node: ResolversTypes['ServiceCard'] }>;
  ServiceCardStatus: ResolverTypeWrapper<'ACTIVE' | 'SUSPENDED' | 'CLOSED'>;
  ServicePeriodicity: ResolverTypeWrapper<'DAILY' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY' | 'EVERY_N_DAYS' | 'EVERY_N_WEEKS' | 'EVERY_N_MONTHS'>;
  ServiceVisit: ResolverTypeWrapper<ServiceVisitMapper>;
  ServiceVisitStatus: ResolverTypeWrapper<'PLANNED' | 'DONE' | 'MISSED' | 'CANCELLED'>;
  Settlements: ResolverTypeWrapper<SettlementsMapper>;
  Shipment: ResolverTypeWrapper<ShipmentMapper>;
  Upload: ResolverTypeWrapper<Scalars['Upload']['output']>;
  UploadAttachmentInput: UploadAttachmentInput;
  UserError: ResolverTypeWrapper<Omit<UserError, 'code'> & { code: ResolversTypes['UserErrorCode'] }>;
  UserErrorCode: ResolverTypeWrapper<'REQUIRED' | 'INVALID' | 'TOO_LONG' | 'OUT_OF_RANGE' | 'NOT_FOUND' | 'WRONG_TYPE' | 'DUPLICATE' | 'INVALID_STATE' | 'TOO_LARGE' | 'CONTENT_TYPE_MISMATCH'>;
  WorkHistory: ResolverTypeWrapper<Omit<WorkHistory, 'bucket' | 'periods' | 'total'> & { bucket: ResolversTypes['WorkHistoryBucket'], periods: Array<ResolversTypes['WorkHistoryPeriod']>, total: ResolversTypes['WorkHistoryPeriod'] }>;
  WorkHistoryBucket: ResolverTypeWrapper<'MONTH' | 'QUARTER' | 'YEAR'>;
  WorkHistoryClaims: ResolverTypeWrapper<Omit<WorkHistoryClaims, 'status'> & { status: ResolversTypes['ClaimStatus'] }>;
  WorkHistoryPeriod: ResolverTypeWrapper<Omit<WorkHistoryPeriod, 'claimsByStatus'> & { claimsByStatus: Array<ResolversTypes['WorkHistoryClaims']> }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  String: Scalars['String']['output'];
  Agreement: AgreementMapper;
  ID: Scalars['ID']['output'];
  AgreementTerms: AgreementTermsMapper;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  Appeal: AppealMapper;
  AppealAction: AppealActionMapper;
  AppealConnection: AppealConnectionMapper;
  AppealEdge: Omit<AppealEdge, 'node'> & { node: ResolversParentTypes['Appeal'] };
  AppealPayload: Omit<AppealPayload, 'appeal' | 'userErrors'> & { appeal?: Maybe<ResolversParentTypes['Appeal']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Attachment: AttachmentMapper;
  AttachmentPayload: Omit<AttachmentPayload, 'attachment' | 'userErrors'> & { attachment?: Maybe<ResolversParentTypes['Attachment']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Claim: ClaimMapper;
  ClaimConnection: ClaimConnectionMapper;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimEvent: ClaimEventMapper;
  ClaimPayload: Omit<ClaimPayload, 'claim' | 'userErrors'> & { claim?: Maybe<ResolversParentTypes['Claim']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CommentOnAppealInput: CommentOnAppealInput;
  CommentOnClaimInput: CommentOnClaimInput;
  Contract: ContractMapper;
  ContractConnection: ContractConnectionMapper;
  ContractEdge: Omit<ContractEdge, 'node'> & { node: ResolversParentTypes['Contract'] };
  ContractLine: ContractLineMapper;
  CountryCode: Scalars['CountryCode']['output'];
  Currency: Scalars['Currency']['output'];
  CurrencyAmount: CurrencyAmount;
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Email: Email;
  EmailAddress: Scalars['EmailAddress']['output'];
  LocalDate: Scalars['LocalDate']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Obligation: ObligationMapper;
  ObligationConnection: ObligationConnectionMapper;
  ObligationEdge: Omit<ObligationEdge, 'node'> & { node: ResolversParentTypes['Obligation'] };
  ObligationFulfilment: ObligationFulfilmentMapper;
  Order: OrderMapper;
  OrderConnection: OrderConnectionMapper;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderLine: OrderLineMapper;
  Organisation: OrganisationMapper;
  PageInfo: PageInfo;
  Payment: PaymentMapper;
  PaymentStage: PaymentStage;
  Person: PersonMapper;
  Phone: Phone;
  Position: PositionMapper;
  ProductName: ProductNameMapper;
  Query: Record<PropertyKey, never>;
  RegisterAppealInput: RegisterAppealInput;
  RegisterClaimInput: RegisterClaimInput;
  ServiceCard: ServiceCardMapper;
  ServiceCardConnection: ServiceCardConnectionMapper;
  ServiceCardEdge: Omit<ServiceCardEdge, 'node'> & { node: ResolversParentTypes['ServiceCard'] };
  ServiceVisit: ServiceVisitMapper;
  Settlements: SettlementsMapper;
  Shipment: ShipmentMapper;
  Upload: Scalars['Upload']['output'];
  UploadAttachmentInput: UploadAttachmentInput;
  UserError: UserError;
  WorkHistory: Omit<WorkHistory, 'periods' | 'total'> & { periods: Array<ResolversParentTypes['WorkHistoryPeriod']>, total: ResolversParentTypes['WorkHistoryPeriod'] };
  WorkHistoryClaims: WorkHistoryClaims;
  WorkHistoryPeriod: Omit<WorkHistoryPeriod, 'claimsByStatus'> & { claimsByStatus: Array<ResolversParentTypes['WorkHistoryClaims']> };
};

export type AddressResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  building?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['CountryCode']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AddressKind'], ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AddressKindResolvers = EnumResolverSignature<{ ACTUAL?: any, DELIVERY?: any, LEGAL?: any, POSTAL?: any }, ResolversTypes['AddressKind']>;

export type AgreementResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['AgreementTerms'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CLOSED?: any, DRAFT?: any }, ResolversTypes['AgreementStatus']>;

export type AgreementTermsResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AgreementTerms'] = ResolversParentTypes['AgreementTerms']> = {
  contractsRequired?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  deliveryDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  discountPercent?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  paymentMethod?: Resolver<Maybe<ResolversTypes['PaymentMethod']>, ParentType, ContextType>;
  paymentSchedule?: Resolver<Maybe<Array<ResolversTypes['PaymentStage']>>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
};

export type AppealResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Appeal'] = ResolversParentTypes['Appeal']> = {
  actions?: Resolver<Array<ResolversTypes['AppealAction']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppealStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppealActionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AppealAction'] = ResolversParentTypes['AppealAction']> = {
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromOrganisation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['AppealStatus']>, ParentType, ContextType>;
  happenedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AppealActionKind'], ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['AppealStatus']>, ParentType, ContextType>;
};

export type AppealActionKindResolvers = EnumResolverSignature<{ COMMENT?: any, REGISTERED?: any, STATUS_CHANGED?: any, WORK?: any }, ResolversTypes['AppealActionKind']>;

export type AppealConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AppealConnection'] = ResolversParentTypes['AppealConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AppealEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AppealEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AppealEdge'] = ResolversParentTypes['AppealEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Appeal'], ParentType, ContextType>;
};

export type AppealPayloadResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AppealPayload'] = ResolversParentTypes['AppealPayload']> = {
  appeal?: Resolver<Maybe<ResolversTypes['Appeal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AppealStatusResolvers = EnumResolverSignature<{ CLOSED?: any, IN_PROGRESS?: any, NEW?: any, REJECTED?: any, RESOLVED?: any, WAITING_FOR_CLIENT?: any }, ResolversTypes['AppealStatus']>;

export type AttachmentResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttachmentPayloadResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['AttachmentPayload'] = ResolversParentTypes['AttachmentPayload']> = {
  attachment?: Resolver<Maybe<ResolversTypes['Attachment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  amountClaimed?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  amountGranted?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  demand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  essence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ClaimEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimEventResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ClaimEvent'] = ResolversParentTypes['ClaimEvent']> = {
  fromOrganisation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  happenedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClaimPayloadResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ClaimPayload'] = ResolversParentTypes['ClaimPayload']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClaimStatusResolvers = EnumResolverSignature<{ INVESTIGATING?: any, PARTLY_SATISFIED?: any, REGISTERED?: any, REJECTED?: any, SATISFIED?: any, WITHDRAWN?: any }, ResolversTypes['ClaimStatus']>;

export type ContactKindResolvers = EnumResolverSignature<{ FAX?: any, HOME?: any, MOBILE?: any, OTHER?: any, WORK?: any }, ResolversTypes['ContactKind']>;

export type ContractResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = {
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ContractLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['Obligation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContractStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContractConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ContractConnection'] = ResolversParentTypes['ContractConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContractEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContractEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ContractEdge'] = ResolversParentTypes['ContractEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contract'], ParentType, ContextType>;
};

export type ContractLineResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ContractLine'] = ResolversParentTypes['ContractLine']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ProductName'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ContractStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CANCELLED?: any, CLOSED?: any, DRAFT?: any }, ResolversTypes['ContractStatus']>;

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CurrencyAmountResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['CurrencyAmount'] = ResolversParentTypes['CurrencyAmount']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EmailResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Email'] = ResolversParentTypes['Email']> = {
  address?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
};

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MutationResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  commentOnAppeal?: Resolver<ResolversTypes['AppealPayload'], ParentType, ContextType, RequireFields<MutationcommentOnAppealArgs, 'input'>>;
  commentOnClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationcommentOnClaimArgs, 'input'>>;
  registerAppeal?: Resolver<ResolversTypes['AppealPayload'], ParentType, ContextType, RequireFields<MutationregisterAppealArgs, 'input'>>;
  registerClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationregisterClaimArgs, 'input'>>;
  uploadAttachment?: Resolver<ResolversTypes['AttachmentPayload'], ParentType, ContextType, RequireFields<MutationuploadAttachmentArgs, 'input'>>;
};

export type NodeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType?: TypeResolveFn<'Agreement' | 'Appeal' | 'Attachment' | 'Claim' | 'Contract' | 'Obligation' | 'Order' | 'Organisation' | 'Person' | 'ServiceCard' | 'ServiceVisit', ParentType, ContextType>;
};

export type ObligationResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Obligation'] = ResolversParentTypes['Obligation']> = {
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  debtor?: Resolver<ResolversTypes['ObligationDebtor'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  fulfilledAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  fulfilments?: Resolver<Array<ResolversTypes['ObligationFulfilment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ObligationKind'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObligationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObligationConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ObligationConnection'] = ResolversParentTypes['ObligationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ObligationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObligationDebtorResolvers = EnumResolverSignature<{ OURS?: any, THEIRS?: any }, ResolversTypes['ObligationDebtor']>;

export type ObligationEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ObligationEdge'] = ResolversParentTypes['ObligationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
};

export type ObligationFulfilmentResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ObligationFulfilment'] = ResolversParentTypes['ObligationFulfilment']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ObligationFulfilmentSource'], ParentType, ContextType>;
};

export type ObligationFulfilmentSourceResolvers = EnumResolverSignature<{ MANUAL?: any, PAYMENT?: any, SHIPMENT?: any }, ResolversTypes['ObligationFulfilmentSource']>;

export type ObligationKindResolvers = EnumResolverSignature<{ DELIVERY?: any, DOCUMENT?: any, OTHER?: any, PAYMENT?: any, SERVICE?: any }, ResolversTypes['ObligationKind']>;

export type ObligationStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, FULFILLED?: any, OPEN?: any, PARTIALLY_FULFILLED?: any }, ResolversTypes['ObligationStatus']>;

export type OrderResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  expectedPaymentDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  expectedShipmentDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paymentState?: Resolver<ResolversTypes['OrderProgress'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  prepaymentRequired?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  shipmentState?: Resolver<ResolversTypes['OrderProgress'], ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType>;
  shippedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['ProductName'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  shippedQuantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type OrderProgressResolvers = EnumResolverSignature<{ FULL?: any, NONE?: any, PARTIAL?: any }, ResolversTypes['OrderProgress']>;

export type OrderStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, DRAFT?: any, POSTED?: any }, ResolversTypes['OrderStatus']>;

export type OrganisationResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  addresses?: Resolver<Array<ResolversTypes['Address']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['Email']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persons?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  websites?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export type PaymentBasisResolvers = EnumResolverSignature<{ ORDER?: any, SHIPMENT?: any }, ResolversTypes['PaymentBasis']>;

export type PaymentMethodResolvers = EnumResolverSignature<{ BANK_TRANSFER?: any, CARD?: any, CASH?: any, OFFSET?: any }, ResolversTypes['PaymentMethod']>;

export type PaymentStageResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['PaymentStage'] = ResolversParentTypes['PaymentStage']> = {
  basis?: Resolver<ResolversTypes['PaymentBasis'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  prepayment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  emails?: Resolver<Array<ResolversTypes['Email']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  middleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PhoneResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = {
  extension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  endDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProductNameResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ProductName'] = ResolversParentTypes['ProductName']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  appeals?: Resolver<ResolversTypes['AppealConnection'], ParentType, ContextType, Partial<QueryappealsArgs>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<QueryclaimsArgs>>;
  contracts?: Resolver<ResolversTypes['ContractConnection'], ParentType, ContextType, Partial<QuerycontractsArgs>>;
  me?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QuerynodesArgs, 'ids'>>;
  obligations?: Resolver<ResolversTypes['ObligationConnection'], ParentType, ContextType, Partial<QueryobligationsArgs>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<QueryordersArgs>>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  serviceCards?: Resolver<ResolversTypes['ServiceCardConnection'], ParentType, ContextType, Partial<QueryserviceCardsArgs>>;
  settlements?: Resolver<ResolversTypes['Settlements'], ParentType, ContextType>;
  workHistory?: Resolver<ResolversTypes['WorkHistory'], ParentType, ContextType, RequireFields<QueryworkHistoryArgs, 'bucket' | 'from' | 'timeZone' | 'to'>>;
};

export type ServiceCardResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ServiceCard'] = ResolversParentTypes['ServiceCard']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  periodicity?: Resolver<ResolversTypes['ServicePeriodicity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceCardStatus'], ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['ServiceVisit']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceCardConnectionResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ServiceCardConnection'] = ResolversParentTypes['ServiceCardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceCardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceCardEdgeResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ServiceCardEdge'] = ResolversParentTypes['ServiceCardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceCard'], ParentType, ContextType>;
};

export type ServiceCardStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CLOSED?: any, SUSPENDED?: any }, ResolversTypes['ServiceCardStatus']>;

export type ServicePeriodicityResolvers = EnumResolverSignature<{ DAILY?: any, EVERY_N_DAYS?: any, EVERY_N_MONTHS?: any, EVERY_N_WEEKS?: any, HALF_YEARLY?: any, MONTHLY?: any, QUARTERLY?: any, WEEKLY?: any, YEARLY?: any }, ResolversTypes['ServicePeriodicity']>;

export type ServiceVisitResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['ServiceVisit'] = ResolversParentTypes['ServiceVisit']> = {
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plannedDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceVisitStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceVisitStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, DONE?: any, MISSED?: any, PLANNED?: any }, ResolversTypes['ServiceVisitStatus']>;

export type SettlementsResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Settlements'] = ResolversParentTypes['Settlements']> = {
  overdue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  receivable?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ShipmentResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
};

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type UserErrorResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserErrorCodeResolvers = EnumResolverSignature<{ CONTENT_TYPE_MISMATCH?: any, DUPLICATE?: any, INVALID?: any, INVALID_STATE?: any, NOT_FOUND?: any, OUT_OF_RANGE?: any, REQUIRED?: any, TOO_LARGE?: any, TOO_LONG?: any, WRONG_TYPE?: any }, ResolversTypes['UserErrorCode']>;

export type WorkHistoryResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['WorkHistory'] = ResolversParentTypes['WorkHistory']> = {
  bucket?: Resolver<ResolversTypes['WorkHistoryBucket'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['WorkHistoryPeriod']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['WorkHistoryPeriod'], ParentType, ContextType>;
};

export type WorkHistoryBucketResolvers = EnumResolverSignature<{ MONTH?: any, QUARTER?: any, YEAR?: any }, ResolversTypes['WorkHistoryBucket']>;

export type WorkHistoryClaimsResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['WorkHistoryClaims'] = ResolversParentTypes['WorkHistoryClaims']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
};

export type WorkHistoryPeriodResolvers<ContextType = PortalContext, ParentType extends ResolversParentTypes['WorkHistoryPeriod'] = ResolversParentTypes['WorkHistoryPeriod']> = {
  averageDaysBetweenOrders?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  averageDaysLate?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimsByStatus?: Resolver<Array<ResolversTypes['WorkHistoryClaims']>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paid?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  paidLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidOnTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidWithoutDueDate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purchases?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = PortalContext> = {
  Address?: AddressResolvers<ContextType>;
  AddressKind?: AddressKindResolvers;
  Agreement?: AgreementResolvers<ContextType>;
  AgreementStatus?: AgreementStatusResolvers;
  AgreementTerms?: AgreementTermsResolvers<ContextType>;
  Appeal?: AppealResolvers<ContextType>;
  AppealAction?: AppealActionResolvers<ContextType>;
  AppealActionKind?: AppealActionKindResolvers;
  AppealConnection?: AppealConnectionResolvers<ContextType>;
  AppealEdge?: AppealEdgeResolvers<ContextType>;
  AppealPayload?: AppealPayloadResolvers<ContextType>;
  AppealStatus?: AppealStatusResolvers;
  Attachment?: AttachmentResolvers<ContextType>;
  AttachmentPayload?: AttachmentPayloadResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimEvent?: ClaimEventResolvers<ContextType>;
  ClaimPayload?: ClaimPayloadResolvers<ContextType>;
  ClaimStatus?: ClaimStatusResolvers;
  ContactKind?: ContactKindResolvers;
  Contract?: ContractResolvers<ContextType>;
  ContractConnection?: ContractConnectionResolvers<ContextType>;
  ContractEdge?: ContractEdgeResolvers<ContextType>;
  ContractLine?: ContractLineResolvers<ContextType>;
  ContractStatus?: ContractStatusResolvers;
  CountryCode?: GraphQLScalarType;
  Currency?: GraphQLScalarType;
  CurrencyAmount?: CurrencyAmountResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Email?: EmailResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  LocalDate?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Obligation?: ObligationResolvers<ContextType>;
  ObligationConnection?: ObligationConnectionResolvers<ContextType>;
  ObligationDebtor?: ObligationDebtorResolvers;
  ObligationEdge?: ObligationEdgeResolvers<ContextType>;
  ObligationFulfilment?: ObligationFulfilmentResolvers<ContextType>;
  ObligationFulfilmentSource?: ObligationFulfilmentSourceResolvers;
  ObligationKind?: ObligationKindResolvers;
  ObligationStatus?: ObligationStatusResolvers;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderProgress?: OrderProgressResolvers;
  OrderStatus?: OrderStatusResolvers;
  Organisation?: OrganisationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentBasis?: PaymentBasisResolvers;
  PaymentMethod?: PaymentMethodResolvers;
  PaymentStage?: PaymentStageResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  ProductName?: ProductNameResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceCard?: ServiceCardResolvers<ContextType>;
  ServiceCardConnection?: ServiceCardConnectionResolvers<ContextType>;
  ServiceCardEdge?: ServiceCardEdgeResolvers<ContextType>;
  ServiceCardStatus?: ServiceCardStatusResolvers;
  ServicePeriodicity?: ServicePeriodicityResolvers;
  ServiceVisit?: ServiceVisitResolvers<ContextType>;
  ServiceVisitStatus?: ServiceVisitStatusResolvers;
  Settlements?: SettlementsResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  UserError?: UserErrorResolvers<ContextType>;
  UserErrorCode?: UserErrorCodeResolvers;
  WorkHistory?: WorkHistoryResolvers<ContextType>;
  WorkHistoryBucket?: WorkHistoryBucketResolvers;
  WorkHistoryClaims?: WorkHistoryClaimsResolvers<ContextType>;
  WorkHistoryPeriod?: WorkHistoryPeriodResolvers<ContextType>;
};

