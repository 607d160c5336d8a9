import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AgreementMapper, AgreementConnectionMapper, AgreementTermsMapper, GroupDiscountMapper, PaymentStageMapper } from './agreements/schema.mappers.js';
import type { ApiKeyMapper, ApiKeyConnectionMapper } from './api-keys/schema.mappers.js';
import type { AppealMapper, AppealActionMapper, AppealChangeMapper, AppealConnectionMapper, AppealTypeMapper, KnowledgeArticleMapper, KnowledgeArticleConnectionMapper } from './appeals/schema.mappers.js';
import type { AttachmentMapper } from './attachments/schema.mappers.js';
import type { CalendarConnectionMapper, CalendarEventMapper } from './calendar/schema.mappers.js';
import type { CallLogRowMapper, ContactCardMapper, ContactCardConnectionMapper, ContactCardDuplicateMapper, ContactCardGroupMapper, ContactCardPersonMapper } from './contact-cards/schema.mappers.js';
import type { CampaignMapper, CampaignConnectionMapper, CampaignEffectivenessRowMapper, CampaignExpenseMapper, CampaignExpenseConnectionMapper, CampaignGroupMapper, CampaignMaterialMapper, CampaignMaterialConnectionMapper, CampaignParticipantMapper, CampaignParticipantConnectionMapper, CampaignRevenueMapper, CampaignRevenueConnectionMapper, SalesAfterCampaignMapper, SourceEffectivenessRowMapper } from './campaigns/schema.mappers.js';
import type { ChronicleEntryMapper, ChronicleEntryChangeMapper, ChronicleEntryConnectionMapper } from './chronicle/schema.mappers.js';
import type { ClaimMapper, ClaimCauseMapper, ClaimChangeMapper, ClaimConnectionMapper, ClaimDynamicsRowMapper, ClaimSatisfactionRowMapper, ClaimStructureMapper, ClaimStructureRowMapper, ClaimSummaryMapper, PartnerSalesActivityRowMapper } from './claims/schema.mappers.js';
import type { CompetitorShareMapper, CounterpartyMapper, CounterpartyConnectionMapper, CounterpartyGroupMapper, CounterpartyObjectMapper, ParameterDefinitionMapper, ParameterValueMapper } from './counterparties/schema.mappers.js';
import type { ContactsReportRowMapper, CounterpartyContactListConnectionMapper, CounterpartyContactListEntryMapper, CounterpartyContactListPersonMapper, ManagerPerformanceRowMapper, SourceAnalysisRowMapper, WorkHistoryMapper } from './reports/schema.mappers.js';
import type { ContractMapper, ContractConnectionMapper, ContractLineMapper, ContractTemplateMapper } from './contracts/schema.mappers.js';
import type { DealMapper, DealConnectionMapper, DealMoveMapper, LostReasonMapper, SalesFunnelMapper, SalesFunnelColumnMapper, SalesFunnelResultMapper, SalesFunnelStageMapper } from './deals/schema.mappers.js';
import type { DepartmentMapper, DepartmentConnectionMapper, EmployeeMapper, EmployeeConnectionMapper, InformationSourceMapper, InformationSourceConnectionMapper } from './catalogues/schema.mappers.js';
import type { EmailMessageMapper } from './email/schema.mappers.js';
import type { HistoryEntryMapper, HistoryEntryConnectionMapper } from './history/schema.mappers.js';
import type { NotificationMapper, NotificationConnectionMapper } from './notifications/schema.mappers.js';
import type { ObligationMapper, ObligationConnectionMapper, ObligationFulfilmentMapper } from './obligations/schema.mappers.js';
import type { OrderMapper, OrderConnectionMapper, OrderLineMapper, PaymentMapper, SettlementEventMapper, SettlementsMapper, ShipmentMapper, ShipmentLineMapper } from './orders/schema.mappers.js';
import type { PersonMapper, PersonConnectionMapper, PersonPositionMapper } from './persons/schema.mappers.js';
import type { PriceMapper, PriceTypeMapper, ProductMapper, ProductConnectionMapper, ProductGroupMapper } from './products/schema.mappers.js';
import type { ServiceCardMapper, ServiceCardConnectionMapper, ServiceCardGroupMapper, ServiceVisitMapper } from './service-cards/schema.mappers.js';
import type { TaskMapper, TaskConnectionMapper } from './tasks/schema.mappers.js';
import type { TimeEntryMapper, TimeEntryConnectionMapper, WorkTimeSummaryRowMapper } from './work-time/schema.mappers.js';
import type { ViewerMapper } from './base/schema.mappers.js';
import type { WebhookMapper, WebhookConnectionMapper, WebhookDeliveryMapper, WebhookDeliveryConnectionMapper } from './webhooks/schema.mappers.js';
import type { Context } from '../src/context.js';
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
  /**
   * An exact decimal number written as a string, e.g. `"1250.50"` or `"-3"`. Used for money and other
   * amounts that must not be rounded by floating point.
   */
  Decimal: { input: string; output: string; }
  /** An e-mail address (RFC 5322). */
  EmailAddress: { input: string; output: string; }
  /** Any JSON value: a number, a string, a boolean, a list or an object. */
  JSON: { input: unknown; output: unknown; }
  /** A calendar date without time or zone, ISO 8601, e.g. `2026-11-22`. */
  LocalDate: { input: string; output: string; }
  /** An absolute URL, e.g. `https://example.com`. */
  URL: { input: URL; output: URL | string; }
  /**
   * A file sent with the operation, by the GraphQL multipart request spec (what Apollo Upload Client
   * and urql send): a `multipart/form-data` POST to /graphql with the field `operations` (the JSON
   * request, with null where each file goes), then `map` (which variable each file fills, e.g.
   * `{"0": ["variables.input.file"]}`), then the files; with an `Apollo-Require-Preflight: true`
   * header (or `x-apollo-operation-name`), without which the request is refused as a possible
   * cross-site request forgery. Only as a variable; files are read in the order they are sent.
   */
  Upload: { input: import("../src/modules/attachments/multipart.js").FileUpload; output: never; }
};

/** Activates an agreement. */
export type ActivateAgreementInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The agreement; it must be DRAFT. */
  id: Scalars['ID']['input'];
};

/** A new expense. */
export type AddCampaignExpenseInput = {
  /** How much, in the campaign's currency: more than zero, at most 2 decimal places. */
  amount: Scalars['Decimal']['input'];
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** When it was spent. */
  date: Scalars['LocalDate']['input'];
  /** What it was spent on, at most 500 characters. */
  item: Scalars['String']['input'];
  /** A note, at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A new material. */
export type AddCampaignMaterialInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** What it is, at most 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, at most 500 characters. */
  name: Scalars['String']['input'];
  /** How many pieces, more than zero. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** Where it is kept: an http or https address, at most 2000 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A new participant; give exactly one of `counterpartyId`, `personId` and `contactCardId`. */
export type AddCampaignParticipantInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The contact card (a lead) taking part. */
  contactCardId?: InputMaybe<Scalars['ID']['input']>;
  /** The counterparty taking part. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** When they were invited; default now, never in the future. */
  invitedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A note, at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The person taking part. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** When they answered, for a status other than INVITED; default now, not before `invitedAt`. */
  respondedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where the invitation stands; default INVITED. */
  status?: InputMaybe<InvitationStatus>;
};

/** A new revenue. */
export type AddCampaignRevenueInput = {
  /** How much, in the campaign's currency: more than zero, at most 2 decimal places; default the order's total or the deal's amount, required without either. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** When it came; default the order's date or the deal's closing day, required without either. */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Or the deal it came from: won, and one the campaign brought (`Deal.campaign`); default date its closing day and amount its amount. */
  dealId?: InputMaybe<Scalars['ID']['input']>;
  /** A note, at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The order it came from: POSTED, in the campaign's currency, of a counterparty taking part in the campaign or that came from its information source. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
};

/** A person added to a card: `personId` or `person`, exactly one. */
export type AddContactCardPersonInput = {
  /** The card; not converted. */
  contactCardId: Scalars['ID']['input'];
  /** Whether they are the primary contact. Default false. */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new person, created in the dossier. */
  person?: InputMaybe<NewContactCardPersonInput>;
  /** An existing person of the dossier. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Their role in the deal, at most 200 characters. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Their position at the lead's company, at most 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A visit added by hand. */
export type AddServiceVisitInput = {
  /** The card. */
  cardId: Scalars['ID']['input'];
  /** The engineer who goes; default the card's. */
  engineerId?: InputMaybe<Scalars['ID']['input']>;
  /** The day, within the card's service period when it has one. */
  plannedDate: Scalars['LocalDate']['input'];
  /** When the engineer is reminded of the visit, while it is PLANNED: a notification (`Viewer.notifications`) at that time. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** Building number. */
  building: Maybe<Scalars['String']['output']>;
  /** City or town. */
  city: Maybe<Scalars['String']['output']>;
  /** Country. */
  countryCode: Maybe<Scalars['CountryCode']['output']>;
  /** Purpose of the address. */
  kind: AddressKind;
  /** Postal code. */
  postalCode: Maybe<Scalars['String']['output']>;
  /** Region, state or province. */
  region: Maybe<Scalars['String']['output']>;
  /** Street. */
  street: Maybe<Scalars['String']['output']>;
  /** The address as one line, when it is not split into parts or for printing. */
  text: Maybe<Scalars['String']['output']>;
  /** Office, flat or unit. */
  unit: Maybe<Scalars['String']['output']>;
};

/** An address to save. */
export type AddressInput = {
  /** Building number. */
  building?: InputMaybe<Scalars['String']['input']>;
  /** City or town. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Country. */
  countryCode?: InputMaybe<Scalars['CountryCode']['input']>;
  /** Purpose of the address. */
  kind: AddressKind;
  /** Postal code. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Region, state or province. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Street. */
  street?: InputMaybe<Scalars['String']['input']>;
  /** The address as one line; required when no city or street is given. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Office, flat or unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** The purpose of an address. */
export type AddressKind =
  /** Where the counterparty actually works. */
  | 'ACTUAL'
  /** Where goods are delivered. */
  | 'DELIVERY'
  /** Registered (legal) address. */
  | 'LEGAL'
  /** Where mail goes. */
  | 'POSTAL';

/** Terms of sale: a segment's standard ones (TYPICAL) or one counterparty's (INDIVIDUAL). */
export type Agreement = Audited & Node & {
  __typename?: 'Agreement';
  /** The TYPICAL agreement an INDIVIDUAL one was made from; null for a TYPICAL one. */
  baseAgreement: Maybe<Agreement>;
  /** Contracts made under this agreement, newest date first, then id. */
  contracts: Array<Contract>;
  /** The counterparty of an INDIVIDUAL agreement; null for a TYPICAL one. */
  counterparty: Maybe<Counterparty>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Every change to this agreement, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The INDIVIDUAL agreements made from this TYPICAL one, by name, then id; empty for an INDIVIDUAL one. */
  individualAgreements: Array<Agreement>;
  /** The terms an INDIVIDUAL agreement inherits from its base; empty for a TYPICAL one. */
  inheritedTerms: Array<AgreementTermName>;
  /** Whose terms it holds. */
  kind: AgreementKind;
  /** Name of the agreement. */
  name: Scalars['String']['output'];
  /** The terms as stored on this agreement; null where an INDIVIDUAL agreement inherits. */
  ownTerms: AgreementTerms;
  /** The segment of partners a TYPICAL agreement is for; null for an INDIVIDUAL one. */
  segment: Maybe<Scalars['String']['output']>;
  /** Where it is in its life. */
  status: AgreementStatus;
  /** The terms in force: this agreement's own, and for an INDIVIDUAL one the base's where it has none. */
  terms: AgreementTerms;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Whether a new order dated `on` may use it: it is ACTIVE, its base is not CLOSED, and `on` is within the effective validity. */
  usable: Scalars['Boolean']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the agreement. */
  version: Scalars['Int']['output'];
};


/** Terms of sale: a segment's standard ones (TYPICAL) or one counterparty's (INDIVIDUAL). */
export type AgreementhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Terms of sale: a segment's standard ones (TYPICAL) or one counterparty's (INDIVIDUAL). */
export type AgreementusableArgs = {
  on?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A page of agreements. */
export type AgreementConnection = {
  __typename?: 'AgreementConnection';
  /** The agreements of this page with their cursors. */
  edges: Array<AgreementEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of agreements matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An agreement with its cursor. */
export type AgreementEdge = {
  __typename?: 'AgreementEdge';
  /** Cursor to page from this agreement. */
  cursor: Scalars['String']['output'];
  /** The agreement. */
  node: Agreement;
};

/** Conditions on agreements; all given conditions must hold. An empty list matches nothing. */
export type AgreementFilter = {
  /** Only INDIVIDUAL agreements of this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only agreements of one of these kinds. */
  kinds?: InputMaybe<Array<AgreementKind>>;
  /** Only TYPICAL agreements of this segment. */
  segment?: InputMaybe<Scalars['String']['input']>;
  /** Only agreements in one of these statuses. */
  statuses?: InputMaybe<Array<AgreementStatus>>;
};

/** Whose terms an agreement holds. */
export type AgreementKind =
  /** One counterparty's terms, made from a TYPICAL agreement and overriding some of its terms. */
  | 'INDIVIDUAL'
  /** The standard terms of a segment of partners. */
  | 'TYPICAL';

/** The answer to a change of an agreement. */
export type AgreementPayload = {
  __typename?: 'AgreementPayload';
  /** The agreement as saved; null when `userErrors` is not empty. */
  agreement: Maybe<Agreement>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Where an agreement is in its life. */
export type AgreementStatus =
  /** In force: orders may use it within its validity. */
  | 'ACTIVE'
  /** Ended; orders can no longer use it. */
  | 'CLOSED'
  /** Being prepared; orders cannot use it yet. */
  | 'DRAFT';

/** A term of an agreement, as named in `inheritedTerms`. */
export type AgreementTermName =
  /** Whether contracts are required. */
  | 'CONTRACTS_REQUIRED'
  /** The currency. */
  | 'CURRENCY'
  /** The delivery term in days. */
  | 'DELIVERY_DAYS'
  /** The general discount. */
  | 'DISCOUNT_PERCENT'
  /** The payment method. */
  | 'PAYMENT_METHOD'
  /** The payment schedule. */
  | 'PAYMENT_SCHEDULE'
  /** The price type. */
  | 'PRICE_TYPE'
  /** The first day of validity. */
  | 'VALID_FROM'
  /** The last day of validity. */
  | 'VALID_TO';

/** Terms of sale; a null term is absent (or, in `ownTerms` of an INDIVIDUAL agreement, inherited). */
export type AgreementTerms = {
  __typename?: 'AgreementTerms';
  /** Whether orders under the agreement need a contract. */
  contractsRequired: Maybe<Scalars['Boolean']['output']>;
  /** Currency of orders. */
  currency: Maybe<Scalars['Currency']['output']>;
  /** Days from order to delivery. */
  deliveryDays: Maybe<Scalars['Int']['output']>;
  /** Discount in percent off the price type's prices; negative is a markup. */
  discountPercent: Maybe<Scalars['Decimal']['output']>;
  /** Discounts per product group, by group id. */
  groupDiscounts: Array<GroupDiscount>;
  /** How the counterparty pays. */
  paymentMethod: Maybe<PaymentMethod>;
  /** When and how much is paid, in stages whose percents add up to 100. */
  paymentSchedule: Maybe<Array<PaymentStage>>;
  /** The price type orders are priced by. */
  priceType: Maybe<PriceType>;
  /** First day the agreement may be used; null for no start limit. */
  validFrom: Maybe<Scalars['LocalDate']['output']>;
  /** Last day the agreement may be used; null for no end limit. */
  validTo: Maybe<Scalars['LocalDate']['output']>;
};

/** Terms to set; omitted ones keep their value (or, on create, stay absent or inherited). */
export type AgreementTermsInput = {
  /** Whether orders need a contract. */
  contractsRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Currency of orders. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Days from order to delivery, 0 to 3650. */
  deliveryDays?: InputMaybe<Scalars['Int']['input']>;
  /** Discount in percent, -100 to 100, at most 2 decimal places; negative is a markup. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** How the counterparty pays. */
  paymentMethod?: InputMaybe<PaymentMethod>;
  /** Payment stages; null inherits (INDIVIDUAL) or clears (TYPICAL). */
  paymentSchedule?: InputMaybe<Array<PaymentStageInput>>;
  /** Global id of the price type orders charge: a SALE type (a COST type is INVALID). */
  priceTypeId?: InputMaybe<Scalars['ID']['input']>;
  /** First day of validity. */
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Last day of validity; not before `validFrom`. */
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** An API key as stored: the key itself is never stored, only shown when it is created. */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  /** A PARTNER key's organisation. */
  counterparty: Maybe<Counterparty>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The employee a staff key acts for, when it acts for one. */
  employee: Maybe<Employee>;
  /** When it stops (or stopped) working; null when it never expires. An expired key is refused with UNAUTHENTICATED. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Global id; `node(id)` fetches it for an ADMIN key (null for any other). */
  id: Scalars['ID']['output'];
  /** When a request last came with it, to within a minute (each server writes it at most once a minute per key); null when never used. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for. */
  name: Scalars['String']['output'];
  /** Number of the key, as `npm run apikey -- list` shows it and `revoke` takes it. */
  number: Scalars['Int']['output'];
  /** A PARTNER key's person. */
  person: Maybe<Person>;
  /** First characters of the key, to tell keys apart. */
  prefix: Scalars['String']['output'];
  /** When it was revoked; null while it works. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** What it may do: a staff role, or PARTNER for the portal. */
  role: ApiKeyRole;
};

/** A page of API keys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys of this page with their cursors. */
  edges: Array<ApiKeyEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of keys matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An API key with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/** Which API keys `apiKeys` returns; every condition given must hold. */
export type ApiKeyFilter = {
  /** Only keys past their expiry (true) or only keys that have not expired (false). */
  expired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only revoked keys (true) or only unrevoked ones (false). */
  revoked?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only keys of this role. */
  role?: InputMaybe<ApiKeyRole>;
};

/** What an API key opens. */
export type ApiKeyRole =
  /** This API: everything, including managing API keys. */
  | 'ADMIN'
  /** This API: read and change the register. */
  | 'MANAGER'
  /** Only the partner portal, on one counterparty's data. */
  | 'PARTNER'
  /** This API: read only. */
  | 'VIEWER';

/** A client's appeal: registered fast, then worked off, every action kept. */
export type Appeal = Audited & Node & {
  __typename?: 'Appeal';
  /** Everything done about it, oldest first. */
  actions: Array<AppealAction>;
  /** The knowledge-base article it was resolved by. */
  article: Maybe<KnowledgeArticle>;
  /** Files attached to the appeal, oldest first. */
  attachments: Array<Attachment>;
  /** The caller's name. */
  callerName: Maybe<Scalars['String']['output']>;
  /** The caller's phone. */
  callerPhone: Maybe<Scalars['String']['output']>;
  /** How the appeal came in. */
  channel: ContactChannel;
  /** The counterparty that appealed; null when only the caller is known. */
  counterparty: Maybe<Counterparty>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The department working it off. */
  department: Maybe<Department>;
  /** When it should be resolved. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Every change to this appeal, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** How much it matters. */
  importance: Importance;
  /** Number, given at registration: A-000001 on. */
  number: Scalars['String']['output'];
  /** Whether it is still open (NEW, IN_PROGRESS, WAITING_FOR_CLIENT) and past `dueAt` now. */
  overdue: Scalars['Boolean']['output'];
  /** Whether staff registered it or the client did, in the partner portal. */
  registeredVia: RegisteredVia;
  /** When the responsible employee is reminded of it, while it is open: a notification (`Viewer.notifications`) at that time. */
  remindAt: Maybe<Scalars['DateTime']['output']>;
  /** How it was resolved. */
  resolution: Maybe<Scalars['String']['output']>;
  /** When it was last resolved; null unless RESOLVED or CLOSED. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** The employee responsible for it. */
  responsibleEmployee: Maybe<Employee>;
  /** Where it is. */
  status: AppealStatus;
  /** What it is about. */
  subject: Scalars['String']['output'];
  /** What the client said. */
  text: Maybe<Scalars['String']['output']>;
  /** Its type. */
  type: Maybe<AppealType>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the appeal. */
  version: Scalars['Int']['output'];
};


/** A client's appeal: registered fast, then worked off, every action kept. */
export type AppealhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** One thing done about an appeal. */
export type AppealAction = {
  __typename?: 'AppealAction';
  /** The department it was handed to, for a handover or the registration. */
  assignedDepartment: Maybe<Department>;
  /** The employee it was handed to, for a handover or the registration. */
  assignedEmployee: Maybe<Employee>;
  /** What was done or said. */
  description: Maybe<Scalars['String']['output']>;
  /** Who did it; null for a key without an employee. */
  employee: Maybe<Employee>;
  /** The status before, for a change of status. */
  fromStatus: Maybe<AppealStatus>;
  /** When. */
  happenedAt: Scalars['DateTime']['output'];
  /** What it was. */
  kind: AppealActionKind;
  /** Time it took, in minutes. */
  minutes: Maybe<Scalars['Int']['output']>;
  /** The client's person who wrote it, for a comment made in the partner portal. */
  person: Maybe<Person>;
  /** The status after, for a change of status or the registration. */
  toStatus: Maybe<AppealStatus>;
  /** Whether the client sees it in the partner portal: the registration, every change of status, its own comments, and work recorded with `visibleToClient`. */
  visibleToClient: Scalars['Boolean']['output'];
};

/** What an action on an appeal was. */
export type AppealActionKind =
  /** A handover to a department or an employee. */
  | 'ASSIGNED'
  /** A comment: the client's, written in the partner portal. */
  | 'COMMENT'
  /** The registration. */
  | 'REGISTERED'
  /** A change of status. */
  | 'STATUS_CHANGED'
  /** Work done. */
  | 'WORK';

/** A change to an appeal, as `appealChanged` delivers it. */
export type AppealChange = {
  __typename?: 'AppealChange';
  /** The appeal as it is when the change is delivered; null when it no longer exists. */
  appeal: Maybe<Appeal>;
  /** Global id of the appeal that changed. */
  appealId: Scalars['ID']['output'];
  /** What happened: CREATED, UPDATED, ASSIGNED, STATUS_CHANGED, COMMENTED or WORK_RECORDED. */
  kind: ChangeKind;
};

/** A page of appeals. */
export type AppealConnection = {
  __typename?: 'AppealConnection';
  /** The appeals of this page with their cursors. */
  edges: Array<AppealEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of appeals matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An appeal with its cursor. */
export type AppealEdge = {
  __typename?: 'AppealEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The appeal. */
  node: Appeal;
};

/** Conditions on appeals; all given conditions must hold. An empty list matches nothing. */
export type AppealFilter = {
  /** Only this counterparty's appeals. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only appeals of this department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Only overdue appeals (true) or only those that are not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only appeals this employee is responsible for. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only appeals in one of these statuses. */
  statuses?: InputMaybe<Array<AppealStatus>>;
  /** Only appeals of this type or of the types below it. */
  typeId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * An appeal to load. Fields left out keep their stored value and null clears an optional one; a new
 * appeal needs `subject` and `channel`.
 */
export type AppealImportRow = {
  /** The caller's name. */
  callerName?: InputMaybe<Scalars['String']['input']>;
  /** The caller's phone. */
  callerPhone?: InputMaybe<Scalars['String']['input']>;
  /** How the appeal came in; required for a new appeal. */
  channel?: InputMaybe<ContactChannel>;
  /** The counterparty that appealed, by `externalId`. */
  counterpartyExternalId?: InputMaybe<Scalars['String']['input']>;
  /** The department by name. */
  departmentName?: InputMaybe<Scalars['String']['input']>;
  /** When it should be resolved. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** How much it matters; NORMAL for a new appeal when left out. */
  importance?: InputMaybe<Importance>;
  /** When the responsible employee is reminded of it, while it is open: a notification (`Viewer.notifications`) at that time. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How it was resolved. */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** The responsible employee by e-mail; an active employee. */
  responsibleEmployeeEmail?: InputMaybe<Scalars['String']['input']>;
  /** Its status, for a new appeal (NEW when left out); a stored appeal's status must be the one it has. */
  status?: InputMaybe<AppealStatus>;
  /** What it is about, at most 500 characters; required for a new appeal. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** What the client said. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The appeal type by its path, e.g. `Complaints/Delivery`. */
  typePath?: InputMaybe<Scalars['String']['input']>;
};

/** The answer to a change of an appeal. */
export type AppealPayload = {
  __typename?: 'AppealPayload';
  /** The appeal as saved; null when `userErrors` is not empty. */
  appeal: Maybe<Appeal>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Where an appeal is. */
export type AppealStatus =
  /** Closed after its resolution. */
  | 'CLOSED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Registered, not yet taken up. */
  | 'NEW'
  /** Rejected. */
  | 'REJECTED'
  /** Resolved: `resolution` says how. */
  | 'RESOLVED'
  /** Waiting for the client's answer. */
  | 'WAITING_FOR_CLIENT';

/** A type of appeals; types nest like folders. */
export type AppealType = Node & {
  __typename?: 'AppealType';
  /** Types directly inside it, by name. */
  children: Array<AppealType>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name, unique among its siblings. */
  name: Scalars['String']['output'];
  /** The type it sits in; null at the top. */
  parent: Maybe<AppealType>;
  /** Names from the top down to this type, e.g. `Complaints/Delivery`. */
  path: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the type. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of an appeal type. */
export type AppealTypePayload = {
  __typename?: 'AppealTypePayload';
  /** The type as saved; null when `userErrors` is not empty. */
  group: Maybe<AppealType>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** The answer to work recorded on an appeal. */
export type AppealWorkPayload = {
  __typename?: 'AppealWorkPayload';
  /** The action written; null when `userErrors` is not empty. */
  action: Maybe<AppealAction>;
  /** The appeal; null when `userErrors` is not empty. */
  appeal: Maybe<Appeal>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Which card to archive or restore. */
export type ArchiveContactCardInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The card. */
  id: Scalars['ID']['input'];
};

/** Which counterparty to archive or restore. */
export type ArchiveCounterpartyInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The counterparty. */
  id: Scalars['ID']['input'];
};

/** Which person to archive or restore. */
export type ArchivePersonInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The person. */
  id: Scalars['ID']['input'];
};

/** Which product to archive or restore. */
export type ArchiveProductInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The product. */
  id: Scalars['ID']['input'];
};

/** Which card to archive or restore. */
export type ArchiveServiceCardInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The card. */
  id: Scalars['ID']['input'];
};

/** A handover. */
export type AssignAppealInput = {
  /** Why, at most 5000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The department; null takes it from the department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The appeal; it must be open. */
  id: Scalars['ID']['input'];
  /** The employee; null takes it from the employee. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * A file attached to a record, kept in the database. Its content type was checked against its first
 * bytes when it was stored: a declared type they contradict (a PDF sent as image/png) was refused
 * rather than recorded, so a client learns of its mistake at once and `contentType` can be trusted;
 * a generic declared type (application/octet-stream) was replaced by what the bytes are.
 */
export type Attachment = Node & {
  __typename?: 'Attachment';
  /** The content type it is served with: the declared one, or, when that was generic, what the bytes are. */
  contentType: Scalars['String']['output'];
  /** The content type the client declared. */
  declaredContentType: Scalars['String']['output'];
  /** What the first bytes show (application/pdf, image/png, text/plain, ...); null when they match no known kind. */
  detectedContentType: Maybe<Scalars['String']['output']>;
  /**
   * Where to GET the bytes, relative to the API's origin (`/attachments/<id>`), with the API key in
   * `Authorization`; allowed to whoever may read the record it is attached to.
   */
  downloadUrl: Scalars['String']['output'];
  /** The file's name as the client gave it (its last path segment). */
  fileName: Scalars['String']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The record the file is attached to (an Appeal). */
  owner: Maybe<Node>;
  /** SHA-256 of the bytes, 64 lower-case hex digits; also the download's ETag. */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** When it was stored. */
  uploadedAt: Scalars['DateTime']['output'];
};

/** The result of storing an attachment. */
export type AttachmentPayload = {
  __typename?: 'AttachmentPayload';
  /** The attachment; null when `userErrors` is not empty. */
  attachment: Maybe<Attachment>;
  /** Why nothing was stored. */
  userErrors: Array<UserError>;
};

/** Where to PUT a file's bytes. */
export type AttachmentUploadUrlPayload = {
  __typename?: 'AttachmentUploadUrlPayload';
  /** Global id the attachment will have once its bytes are stored; null when `userErrors` is not empty. */
  attachmentId: Maybe<Scalars['ID']['output']>;
  /** When the URL stops working. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** The signed URL, relative to the API's origin: PUT the raw bytes to it once. */
  uploadUrl: Maybe<Scalars['String']['output']>;
  /** Why no URL was made. */
  userErrors: Array<UserError>;
};

/**
 * A record whose every change is kept in the audit log: created, updated, archived, restored, moved
 * to another status or deleted, by a mutation, an import or a script, in the transaction that made
 * the change.
 */
export type Audited = {
  /** The record's changes, newest first, one entry per change. */
  history: HistoryEntryConnection;
};


/**
 * A record whose every change is kept in the audit log: created, updated, archived, restored, moved
 * to another status or deleted, by a mutation, an import or a script, in the transaction that made
 * the change.
 */
export type AuditedhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A bank account. */
export type BankAccount = {
  __typename?: 'BankAccount';
  /** Account number or IBAN. */
  accountNumber: Scalars['String']['output'];
  /** Name of the bank. */
  bankName: Scalars['String']['output'];
  /** BIC / SWIFT code of the bank. */
  bic: Maybe<Scalars['String']['output']>;
  /** Currency of the account. */
  currency: Maybe<Scalars['Currency']['output']>;
  /** Whether this is the account payments go to by default. */
  primary: Scalars['Boolean']['output'];
};

/** A bank account to save. */
export type BankAccountInput = {
  /** Account number or IBAN. */
  accountNumber: Scalars['String']['input'];
  /** Name of the bank. */
  bankName: Scalars['String']['input'];
  /** BIC / SWIFT code: 8 or 11 letters and digits. */
  bic?: InputMaybe<Scalars['String']['input']>;
  /** Currency. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Whether payments go here by default; at most one account may be primary. Default false. */
  primary?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of calendar events. */
export type CalendarConnection = {
  __typename?: 'CalendarConnection';
  /** The events of this page with their cursors. */
  edges: Array<CalendarEdge>;
  /** The employee whose calendar it is; null for every employee's. */
  employee: Maybe<Employee>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** The time zone the events' days and states are taken in. */
  timeZone: Scalars['String']['output'];
  /** Today in that zone. */
  today: Scalars['LocalDate']['output'];
  /** How many events the whole calendar holds (every page, the same period and filter), counted only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A calendar event with its cursor. */
export type CalendarEdge = {
  __typename?: 'CalendarEdge';
  /** Cursor to page from this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: CalendarEvent;
};

/** One thing in a calendar. */
export type CalendarEvent = {
  __typename?: 'CalendarEvent';
  /** Whether it takes a whole day (service visits, shipments, payments) rather than a moment. */
  allDay: Scalars['Boolean']['output'];
  /** For APPEAL: the appeal. */
  appeal: Maybe<Appeal>;
  /** When it is: the record's time, or for a whole-day event the start of its day in the employee's time zone. */
  at: Scalars['DateTime']['output'];
  /** For CLAIM: the claim. */
  claim: Maybe<Claim>;
  /** For CONTACT: the chronicle entry. */
  contact: Maybe<ChronicleEntry>;
  /** The counterparty it concerns, if any. */
  counterparty: Maybe<Counterparty>;
  /** Its day in the employee's time zone. */
  date: Scalars['LocalDate']['output'];
  /** How much it matters: the record's own importance, else its counterparty's (NORMAL with neither). */
  importance: Importance;
  /** What it is. */
  kind: CalendarEventKind;
  /** For SHIPMENT and PAYMENT: the order, with its lines, shipments and payments. */
  order: Maybe<Order>;
  /** Global id of the record it comes from: a ChronicleEntry, Task, ServiceVisit, Appeal, Claim or Order. */
  recordId: Scalars['ID']['output'];
  /** For SERVICE_VISIT: the visit. */
  serviceVisit: Maybe<ServiceVisit>;
  /** The settlements with the event's counterparty (its orders' receivables and history); null without a counterparty. */
  settlements: Maybe<Settlements>;
  /** OVERDUE, TODAY or UPCOMING in the employee's time zone. */
  state: CalendarEventState;
  /** For TASK: the task. */
  task: Maybe<Task>;
  /** What it is about, e.g. the contact's subject or "Shipment of order O-1". */
  title: Scalars['String']['output'];
};

/** What a calendar event is. */
export type CalendarEventKind =
  /** An open appeal's due time. */
  | 'APPEAL'
  /** An open claim's due time. */
  | 'CLAIM'
  /** A planned chronicle contact; its time is its planned time. */
  | 'CONTACT'
  /** An order's expected payment date, while it is not fully paid; a whole day. */
  | 'PAYMENT'
  /** A planned service visit; a whole day. */
  | 'SERVICE_VISIT'
  /** An order's expected shipment date, while it is not fully shipped; a whole day. */
  | 'SHIPMENT'
  /** An open task; its time is its due time. */
  | 'TASK';

/** Where an event is against today in the employee's time zone. */
export type CalendarEventState =
  /** Its day is before today. */
  | 'OVERDUE'
  /** Its day is today. */
  | 'TODAY'
  /** Its day is after today. */
  | 'UPCOMING';

/** Conditions on calendar events; every given one must hold. */
export type CalendarFilter = {
  /** Only events of this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only events of these importances (an event without one of its own has its counterparty's); an empty list matches nothing. */
  importances?: InputMaybe<Array<Importance>>;
  /** Only events of these kinds; an empty list matches nothing. */
  kinds?: InputMaybe<Array<CalendarEventKind>>;
};

/** One cell of the call log: a day and an information source. */
export type CallLogRow = {
  __typename?: 'CallLogRow';
  /** Calls that day from callers naming the source. */
  calls: Scalars['Int']['output'];
  /** The day, in the time zone asked. */
  day: Scalars['LocalDate']['output'];
  /** The information source the callers named; null for calls naming none. */
  informationSource: Maybe<InformationSource>;
};

/** A marketing campaign: a presentation, exhibition, seminar, conference, mailing, call campaign or advertising. */
export type Campaign = Audited & Node & {
  __typename?: 'Campaign';
  /** The money planned for it, in `currency`. */
  budget: Maybe<Scalars['Decimal']['output']>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The currency of the budget, the expenses and the revenues. */
  currency: Scalars['Currency']['output'];
  /** What it is about. */
  description: Maybe<Scalars['String']['output']>;
  /** Last day (inclusive). */
  endsOn: Scalars['LocalDate']['output'];
  /** What was spent on it, by date. */
  expenses: CampaignExpenseConnection;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** The group it is filed in. */
  group: Maybe<CampaignGroup>;
  /** Every change to this campaign, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The information source the campaign stands for: contacts and clients it brings name it. */
  informationSource: InformationSource;
  /** What kind of campaign it is. */
  kind: CampaignKind;
  /** What it uses or hands out, in the order they were added. */
  materials: CampaignMaterialConnection;
  /** Name. */
  name: Scalars['String']['output'];
  /** Who was invited and how they answered, in the order they were added. */
  participants: CampaignParticipantConnection;
  /** Where it takes place. */
  place: Maybe<Scalars['String']['output']>;
  /** `totalRevenue` − `totalCost`, exact, two decimals; negative for a loss. */
  profit: Scalars['Decimal']['output'];
  /** The employee responsible for it. */
  responsibleEmployee: Maybe<Employee>;
  /** What it brought, by date. */
  revenues: CampaignRevenueConnection;
  /**
   * Return on investment: `profit` / `totalCost` as a ratio (1 is 100 %), exact, rounded half away
   * from zero to 4 decimal places (cost 300.00 and revenue 1000.00 give 2.3333). Null when
   * `totalCost` is zero: the ratio is undefined without a cost.
   */
  roi: Maybe<Scalars['Decimal']['output']>;
  /** First day. */
  startsOn: Scalars['LocalDate']['output'];
  /** Where it is. */
  status: CampaignStatus;
  /** The sum of its expenses, exact, two decimals. */
  totalCost: Scalars['Decimal']['output'];
  /** The sum of its revenues, exact, two decimals. */
  totalRevenue: Scalars['Decimal']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the campaign. */
  version: Scalars['Int']['output'];
};


/** A marketing campaign: a presentation, exhibition, seminar, conference, mailing, call campaign or advertising. */
export type CampaignexpensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A marketing campaign: a presentation, exhibition, seminar, conference, mailing, call campaign or advertising. */
export type CampaignhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A marketing campaign: a presentation, exhibition, seminar, conference, mailing, call campaign or advertising. */
export type CampaignmaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A marketing campaign: a presentation, exhibition, seminar, conference, mailing, call campaign or advertising. */
export type CampaignparticipantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A marketing campaign: a presentation, exhibition, seminar, conference, mailing, call campaign or advertising. */
export type CampaignrevenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of campaigns. */
export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  /** The campaigns of this page with their cursors. */
  edges: Array<CampaignEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of campaigns matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A campaign with its cursor. */
export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The campaign. */
  node: Campaign;
};

/** What one campaign brought in a period. */
export type CampaignEffectivenessRow = {
  __typename?: 'CampaignEffectivenessRow';
  /** The campaign. */
  campaign: Campaign;
  /** Chronicle entries DONE in the period with a counterparty the campaign reaches, with a person taking part, or naming its information source. */
  contacts: Scalars['Int']['output'];
  /** The campaign's total cost. */
  cost: Scalars['Decimal']['output'];
  /** The campaign's currency. */
  currency: Scalars['Currency']['output'];
  /** Deals won (WON_CONTRACT or WON_PURCHASE) in the period that came from the campaign or name its information source. */
  dealsWon: Scalars['Int']['output'];
  /** Counterparties of the campaign whose first POSTED order ever is dated in the period, on or after its start, and its leads (contact cards naming its source or taking part) converted into counterparties in the period. */
  newClients: Scalars['Int']['output'];
  /** Contact cards (leads) made in the period that name the campaign's information source or take part in it. */
  newContactCards: Scalars['Int']['output'];
  /** POSTED orders of the campaign's counterparties dated in the period, on or after its start, in its currency. */
  orders: Scalars['Int']['output'];
  /** `revenue` − `cost`. */
  profit: Scalars['Decimal']['output'];
  /** Their total, in the campaign's currency. */
  revenue: Scalars['Decimal']['output'];
};

/** Money spent on a campaign. */
export type CampaignExpense = Node & {
  __typename?: 'CampaignExpense';
  /** How much, in the campaign's currency. */
  amount: Scalars['Decimal']['output'];
  /** The campaign. */
  campaign: Campaign;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The campaign's currency. */
  currency: Scalars['Currency']['output'];
  /** When it was spent. */
  date: Scalars['LocalDate']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** What it was spent on. */
  item: Scalars['String']['output'];
  /** A note. */
  note: Maybe<Scalars['String']['output']>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the expense. */
  version: Scalars['Int']['output'];
};

/** A page of a campaign's expenses. */
export type CampaignExpenseConnection = {
  __typename?: 'CampaignExpenseConnection';
  /** The expenses of this page with their cursors. */
  edges: Array<CampaignExpenseEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of the campaign's expenses. */
  totalCount: Scalars['Int']['output'];
};

/** An expense with its cursor. */
export type CampaignExpenseEdge = {
  __typename?: 'CampaignExpenseEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The expense. */
  node: CampaignExpense;
};

/** The answer to a change of an expense. */
export type CampaignExpensePayload = {
  __typename?: 'CampaignExpensePayload';
  /** The expense as saved; null when `userErrors` is not empty. */
  expense: Maybe<CampaignExpense>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Conditions on campaigns; all given conditions must hold. An empty list matches nothing. */
export type CampaignFilter = {
  /** Only campaigns ending on or after this day. */
  activeFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only campaigns starting on or before this day. */
  activeTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only campaigns in this group or in the groups below it. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only campaigns standing for this information source. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only campaigns of these kinds. */
  kinds?: InputMaybe<Array<CampaignKind>>;
  /** Only campaigns this employee is responsible for. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only campaigns in these statuses. */
  statuses?: InputMaybe<Array<CampaignStatus>>;
};

/** A folder of campaigns; groups nest. */
export type CampaignGroup = Node & {
  __typename?: 'CampaignGroup';
  /** Groups directly inside it, by name. */
  children: Array<CampaignGroup>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name, unique among its siblings. */
  name: Scalars['String']['output'];
  /** The group it sits in; null at the top. */
  parent: Maybe<CampaignGroup>;
  /** Names from the top down to this group, e.g. `Fairs/2025`. */
  path: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the group. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of a campaign group. */
export type CampaignGroupPayload = {
  __typename?: 'CampaignGroupPayload';
  /** The group as saved; null when `userErrors` is not empty. */
  group: Maybe<CampaignGroup>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * A campaign to load. Fields left out keep their stored value and null clears an optional one; a new
 * campaign needs `name`, `kind`, `startsOn` and `currency`.
 */
export type CampaignImportRow = {
  /** The money planned. */
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  /** The currency; required for a new campaign, and changes only while the campaign has no expenses and no revenues. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** What it is about. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day (inclusive); default `startsOn` for a new campaign. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** The group by its path, e.g. `Fairs/2025`. */
  groupPath?: InputMaybe<Scalars['String']['input']>;
  /** The information source, by name; a new campaign without one gets a source named like it. */
  informationSourceName?: InputMaybe<Scalars['String']['input']>;
  /** Kind; required for a new campaign. */
  kind?: InputMaybe<CampaignKind>;
  /** Name; required for a new campaign. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Where it takes place. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** The employee responsible, by e-mail; an active employee. */
  responsibleEmployeeEmail?: InputMaybe<Scalars['String']['input']>;
  /** First day; required for a new campaign. */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Its status, for a new campaign (PLANNED when left out); a stored campaign's status must be the one it has. */
  status?: InputMaybe<CampaignStatus>;
};

/** What kind of event or action a campaign is. */
export type CampaignKind =
  /** Advertising (a publication, broadcast, banners). */
  | 'ADVERTISING'
  /** A campaign of calls. */
  | 'CALL_CAMPAIGN'
  /** A conference. */
  | 'CONFERENCE'
  /** An exhibition or a fair. */
  | 'EXHIBITION'
  /** A mailing (letters, e-mails). */
  | 'MAILING'
  /** Any other kind. */
  | 'OTHER'
  /** A presentation. */
  | 'PRESENTATION'
  /** A seminar. */
  | 'SEMINAR';

/** Something a campaign uses or hands out: a booklet, a stand, a presentation, a mailing text. */
export type CampaignMaterial = Node & {
  __typename?: 'CampaignMaterial';
  /** The campaign. */
  campaign: Campaign;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is. */
  description: Maybe<Scalars['String']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** How many pieces. */
  quantity: Maybe<Scalars['Int']['output']>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where it is kept (an http or https address). */
  url: Maybe<Scalars['String']['output']>;
  /** Increases with every change; send it as `expectedVersion` when changing the material. */
  version: Scalars['Int']['output'];
};

/** A page of a campaign's materials. */
export type CampaignMaterialConnection = {
  __typename?: 'CampaignMaterialConnection';
  /** The materials of this page with their cursors. */
  edges: Array<CampaignMaterialEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of the campaign's materials. */
  totalCount: Scalars['Int']['output'];
};

/** A material with its cursor. */
export type CampaignMaterialEdge = {
  __typename?: 'CampaignMaterialEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The material. */
  node: CampaignMaterial;
};

/** The answer to a change of a material. */
export type CampaignMaterialPayload = {
  __typename?: 'CampaignMaterialPayload';
  /** The material as saved; null when `userErrors` is not empty. */
  material: Maybe<CampaignMaterial>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A counterparty, a person or a contact card invited to a campaign; exactly one of them is set. */
export type CampaignParticipant = Node & {
  __typename?: 'CampaignParticipant';
  /** The campaign. */
  campaign: Campaign;
  /** The contact card (a lead) taking part, when it is one. */
  contactCard: Maybe<ContactCard>;
  /** The counterparty taking part, when it is a counterparty. */
  counterparty: Maybe<Counterparty>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** When they were invited. */
  invitedAt: Scalars['DateTime']['output'];
  /** A note. */
  note: Maybe<Scalars['String']['output']>;
  /** The person taking part, when it is a person. */
  person: Maybe<Person>;
  /** When they answered (confirmed, declined or came); null while INVITED. */
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the invitation stands. */
  status: InvitationStatus;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the participant. */
  version: Scalars['Int']['output'];
};

/** A page of a campaign's participants. */
export type CampaignParticipantConnection = {
  __typename?: 'CampaignParticipantConnection';
  /** The participants of this page with their cursors. */
  edges: Array<CampaignParticipantEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of the campaign's participants. */
  totalCount: Scalars['Int']['output'];
};

/** A participant with its cursor. */
export type CampaignParticipantEdge = {
  __typename?: 'CampaignParticipantEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The participant. */
  node: CampaignParticipant;
};

/**
 * A campaign participant to load: the campaign by `externalId`, and exactly one of
 * `counterpartyExternalId`, `personExternalId` and `contactCardExternalId`. Fields left out keep their stored value.
 */
export type CampaignParticipantImportRow = {
  /** The campaign, by `externalId`. */
  campaignExternalId: Scalars['String']['input'];
  /** The contact card taking part, by `externalId`. */
  contactCardExternalId?: InputMaybe<Scalars['String']['input']>;
  /** The counterparty taking part, by `externalId`. */
  counterpartyExternalId?: InputMaybe<Scalars['String']['input']>;
  /** When they were invited; default now for a new participant. */
  invitedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The person taking part, by `externalId`. */
  personExternalId?: InputMaybe<Scalars['String']['input']>;
  /** When they answered, for a status other than INVITED; default `invitedAt` when the status leaves INVITED. */
  respondedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where the invitation stands; INVITED for a new participant when left out. */
  status?: InputMaybe<InvitationStatus>;
};

/** The answer to a change of a participant. */
export type CampaignParticipantPayload = {
  __typename?: 'CampaignParticipantPayload';
  /** The participant as saved; null when `userErrors` is not empty. */
  participant: Maybe<CampaignParticipant>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** The answer to a change of a campaign. */
export type CampaignPayload = {
  __typename?: 'CampaignPayload';
  /** The campaign as saved; null when `userErrors` is not empty. */
  campaign: Maybe<Campaign>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Money a campaign brought. */
export type CampaignRevenue = Node & {
  __typename?: 'CampaignRevenue';
  /** How much, in the campaign's currency. */
  amount: Scalars['Decimal']['output'];
  /** The campaign. */
  campaign: Campaign;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The campaign's currency. */
  currency: Scalars['Currency']['output'];
  /** When it came. */
  date: Scalars['LocalDate']['output'];
  /** The won deal it came from. */
  deal: Maybe<Deal>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** A note. */
  note: Maybe<Scalars['String']['output']>;
  /** The order it came from. */
  order: Maybe<Order>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the revenue. */
  version: Scalars['Int']['output'];
};

/** A page of a campaign's revenues. */
export type CampaignRevenueConnection = {
  __typename?: 'CampaignRevenueConnection';
  /** The revenues of this page with their cursors. */
  edges: Array<CampaignRevenueEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of the campaign's revenues. */
  totalCount: Scalars['Int']['output'];
};

/** A revenue with its cursor. */
export type CampaignRevenueEdge = {
  __typename?: 'CampaignRevenueEdge';
  /** Opaque cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The revenue. */
  node: CampaignRevenue;
};

/** The answer to a change of a revenue. */
export type CampaignRevenuePayload = {
  __typename?: 'CampaignRevenuePayload';
  /** The revenue as saved; null when `userErrors` is not empty. */
  revenue: Maybe<CampaignRevenue>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a campaign is. */
export type CampaignStatus =
  /** Called off; may be planned again. */
  | 'CANCELLED'
  /** Over; final. */
  | 'FINISHED'
  /** Planned, not started. */
  | 'PLANNED'
  /** Under way. */
  | 'RUNNING';

/** Cancels a planned entry. */
export type CancelChronicleEntryInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The entry. */
  id: Scalars['ID']['input'];
};

/** Which contract to cancel. */
export type CancelContractInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The contract to cancel; it must be DRAFT or ACTIVE. */
  id: Scalars['ID']['input'];
};

/** Cancels an obligation. */
export type CancelObligationInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The obligation; it must be OPEN or PARTIALLY_FULFILLED. */
  id: Scalars['ID']['input'];
};

/** Which order to cancel. */
export type CancelOrderInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The order to cancel: DRAFT, or POSTED with nothing shipped or paid. */
  id: Scalars['ID']['input'];
};

/** Cancels a task. */
export type CancelTaskInput = {
  /** The version the client read. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the task. */
  id: Scalars['ID']['input'];
};

/** A change of status. */
export type ChangeAppealStatusInput = {
  /** With RESOLVED: the knowledge-base article that resolves it; its answer is the resolution unless one is given. */
  articleId?: InputMaybe<Scalars['ID']['input']>;
  /** Why, at most 5000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** How it was resolved; required to resolve an appeal without one, unless `articleId` is given. */
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** The new status. */
  status: AppealStatus;
};

/** A change of a campaign's status. */
export type ChangeCampaignStatusInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The campaign. */
  id: Scalars['ID']['input'];
  /** The new status. */
  status: CampaignStatus;
};

/** A change of a claim's status. */
export type ChangeClaimStatusInput = {
  /** With SATISFIED or PARTLY_SATISFIED: the amount granted, in the claim's currency (which the claim must have), zero or more and at most the amount claimed. */
  amountGranted?: InputMaybe<Scalars['Decimal']['input']>;
  /** When it was closed, for a closing status; default now, never in the future nor before its registration. */
  closedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A note for the chronicle, at most 5000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The claim. */
  id: Scalars['ID']['input'];
  /** How it was worked off, at most 5000 characters: required to close it as SATISFIED, PARTLY_SATISFIED or REJECTED; for WITHDRAWN, the reason if known. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** The new status. */
  status: ClaimStatus;
};

/** A change of a deal's stage. */
export type ChangeDealStageInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The deal; not in RESULT. */
  id: Scalars['ID']['input'];
  /** A comment kept with the change, at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The new stage; another than its current one. */
  stage: DealStage;
};

/** What happened to a record, in a change a subscription delivers. */
export type ChangeKind =
  /** The record was handed to a department or an employee. */
  | 'ASSIGNED'
  /** A comment was added to the record (by the partner, through the portal). */
  | 'COMMENTED'
  /** The record was created. */
  | 'CREATED'
  /** The record's status changed (completed, cancelled, moved along its workflow, reopened). */
  | 'STATUS_CHANGED'
  /** A task of the record's plan was added, changed, completed or cancelled. */
  | 'TASK_CHANGED'
  /** Fields of the record were changed. */
  | 'UPDATED'
  /** Work on the record was recorded. */
  | 'WORK_RECORDED';

/** What a webhook can be told of: the records whose changes the subscriptions also carry. */
export type ChangeTopic =
  /** Appeals, `appealChanged`'s records. */
  | 'APPEAL'
  /** Chronicle entries (contacts, events), `chronicleChanged`'s records. */
  | 'CHRONICLE'
  /** Claims, `claimChanged`'s records. */
  | 'CLAIM';

/** Conditions on chronicle entries of all counterparties: those of `ChronicleFilter` plus the counterparty. */
export type ChronicleEntriesFilter = {
  /** Only contacts through one of these channels. */
  channels?: InputMaybe<Array<ContactChannel>>;
  /** Only entries about this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contacts in this direction. */
  direction?: InputMaybe<ContactDirection>;
  /** Only entries with `occurredAt` at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only entries of one of these kinds. */
  kinds?: InputMaybe<Array<ChronicleKind>>;
  /** Only entries this employee is responsible for. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries in one of these statuses. */
  statuses?: InputMaybe<Array<ChronicleStatus>>;
  /** Only entries with `occurredAt` before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One contact or event with a counterparty or a contact card (exactly one of them), planned or happened: a line of its chronicle. */
export type ChronicleEntry = Node & {
  __typename?: 'ChronicleEntry';
  /** The means of the contact. */
  channel: Maybe<ContactChannel>;
  /** The claim the entry is an interaction about. */
  claim: Maybe<Claim>;
  /** The contact card the entry is about; null for an entry about a counterparty. */
  contactCard: Maybe<ContactCard>;
  /**
   * The counterparty the entry is about; null for an entry about a contact card (see
   * `ChronicleEntry.contactCard`). Non-null until contact cards came: a client that assumed it always
   * is must now take null, which only an entry about a contact card has.
   */
  counterparty: Maybe<Counterparty>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who started the contact. */
  direction: Maybe<ContactDirection>;
  /** Time spent, in minutes. */
  durationMinutes: Maybe<Scalars['Int']['output']>;
  /** The message, for an e-mail sent from the system (`sendEmail`); null for any other entry. */
  email: Maybe<EmailMessage>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** When it actually happened; set for done entries. */
  happenedAt: Maybe<Scalars['DateTime']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** How much the entry matters. */
  importance: Importance;
  /** Where the counterparty learned about the company, as named during this contact. */
  informationSource: Maybe<InformationSource>;
  /** What the entry records. */
  kind: ChronicleKind;
  /** The instant the entry is sorted by: `happenedAt`, else `plannedAt`, else `createdAt`. */
  occurredAt: Scalars['DateTime']['output'];
  /** The contact person on the counterparty's side. */
  person: Maybe<Person>;
  /** When it is (or was) planned to happen. */
  plannedAt: Maybe<Scalars['DateTime']['output']>;
  /** When the responsible employee is to be reminded of it. */
  remindAt: Maybe<Scalars['DateTime']['output']>;
  /** The employee on the company's side who is responsible for it. */
  responsibleEmployee: Maybe<Employee>;
  /** What came of it. */
  result: Maybe<Scalars['String']['output']>;
  /** The service visit this entry records, for an entry written by `recordServiceVisit`; its card is `serviceVisit.card`. */
  serviceVisit: Maybe<ServiceVisit>;
  /** Planned, done or cancelled. */
  status: ChronicleStatus;
  /** Subject or essence of the contact. */
  subject: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the entry. */
  version: Scalars['Int']['output'];
  /** Whether the client sees it in the partner portal among its claim's events: shared by staff, the claim's registration, or the client's own comment. */
  visibleToClient: Scalars['Boolean']['output'];
};

/** A change to a chronicle entry, as `chronicleChanged` delivers it. */
export type ChronicleEntryChange = {
  __typename?: 'ChronicleEntryChange';
  /** The entry as it is when the change is delivered; null when it no longer exists. */
  entry: Maybe<ChronicleEntry>;
  /** Global id of the entry that changed. */
  entryId: Scalars['ID']['output'];
  /** What happened: CREATED, UPDATED or STATUS_CHANGED (completed or cancelled). */
  kind: ChangeKind;
};

/** A page of chronicle entries. */
export type ChronicleEntryConnection = {
  __typename?: 'ChronicleEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<ChronicleEntryEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of entries matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A chronicle entry with its cursor. */
export type ChronicleEntryEdge = {
  __typename?: 'ChronicleEntryEdge';
  /** Cursor to page from this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ChronicleEntry;
};

/**
 * A chronicle entry to load. Fields left out keep their stored value and null clears an optional
 * one; a new entry needs the counterparty, `kind` and `subject`.
 */
export type ChronicleEntryImportRow = {
  /** The means of the contact. */
  channel?: InputMaybe<ContactChannel>;
  /**
   * The counterparty by `externalId`; required for a new entry. An entry stays with its
   * counterparty: naming another one for an existing entry is INVALID_STATE.
   */
  counterpartyExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Who started the contact. */
  direction?: InputMaybe<ContactDirection>;
  /** Time spent, in minutes, from 0 to 100000. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /**
   * When it happened. Required for a DONE entry (also a new one whose status is left out): unlike
   * `createChronicleEntry`, an import does not default it to now, so a re-run finds the entry
   * unchanged. Only a DONE entry has it.
   */
  happenedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How much the entry matters; NORMAL for a new entry when left out. */
  importance?: InputMaybe<Importance>;
  /** What the entry records; required for a new entry. */
  kind?: InputMaybe<ChronicleKind>;
  /** The contact person by `externalId`; must hold or have held a position at the entry's counterparty. */
  personExternalId?: InputMaybe<Scalars['String']['input']>;
  /** When it is planned to happen; required for a PLANNED entry. */
  plannedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When to remind the responsible employee. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /**
   * The responsible employee by e-mail; must be active, though an existing entry may keep an employee
   * who has since left. Left out on a new entry, the entry has no responsible employee (the importing
   * key's employee is not assumed).
   */
  responsibleEmployeeEmail?: InputMaybe<Scalars['String']['input']>;
  /** What came of it, at most 5000 characters. */
  result?: InputMaybe<Scalars['String']['input']>;
  /**
   * Planned, done or cancelled; DONE for a new entry when left out. An existing entry's status may
   * change only from PLANNED, to DONE or CANCELLED, as `completeChronicleEntry` and
   * `cancelChronicleEntry` do; other changes are INVALID_STATE.
   */
  status?: InputMaybe<ChronicleStatus>;
  /** Subject, at most 500 characters; required for a new entry. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** The answer to a change of a chronicle entry. */
export type ChronicleEntryPayload = {
  __typename?: 'ChronicleEntryPayload';
  /** The entry as saved; null when `userErrors` is not empty. */
  chronicleEntry: Maybe<ChronicleEntry>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Conditions on the entries of one counterparty's chronicle; all given conditions must hold. An empty list matches nothing. */
export type ChronicleFilter = {
  /** Only contacts through one of these channels. */
  channels?: InputMaybe<Array<ContactChannel>>;
  /** Only contacts in this direction. */
  direction?: InputMaybe<ContactDirection>;
  /** Only entries with `occurredAt` at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only entries of one of these kinds. */
  kinds?: InputMaybe<Array<ChronicleKind>>;
  /** Only entries this employee is responsible for. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries in one of these statuses. */
  statuses?: InputMaybe<Array<ChronicleStatus>>;
  /** Only entries with `occurredAt` before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What a chronicle entry records. */
export type ChronicleKind =
  /** A phone call. */
  | 'CALL'
  /** A contact of any other kind. */
  | 'CONTACT'
  /** An e-mail sent or received. */
  | 'EMAIL'
  /** An event concerning the counterparty. */
  | 'EVENT'
  /** A paper letter. */
  | 'LETTER'
  /** A meeting. */
  | 'MEETING'
  /** A free note. */
  | 'NOTE'
  /** A special event at the counterparty: reorganisation, change of management, an anniversary or other important date. */
  | 'SPECIAL_EVENT'
  /** A planned action toward the counterparty, assigned to an employee (a survey, sending a price list, an invitation). */
  | 'TASK'
  /** A visit to the counterparty's site. */
  | 'VISIT';

/** Where a chronicle entry stands. */
export type ChronicleStatus =
  /** Cancelled: it was planned and will not happen. */
  | 'CANCELLED'
  /** Done: it happened at `happenedAt`. */
  | 'DONE'
  /** Planned: it has not happened yet; `plannedAt` says when it should. */
  | 'PLANNED';

/** A claim (complaint) of a counterparty: who made it, who is at fault, why, what is demanded, and how it was worked off. */
export type Claim = Audited & Node & {
  __typename?: 'Claim';
  /** The amount claimed, in `currency`. */
  amountClaimed: Maybe<Scalars['Decimal']['output']>;
  /** The amount granted, in `currency`, for a SATISFIED or PARTLY_SATISFIED claim. */
  amountGranted: Maybe<Scalars['Decimal']['output']>;
  /** Files attached to the claim, oldest first. */
  attachments: Array<Attachment>;
  /** The cause, from the catalogue of causes. */
  cause: Maybe<ClaimCause>;
  /** Every interaction about the claim, newest first (by `occurredAt`, then id): its registration, status changes and the contacts linked to it. */
  chronicle: ChronicleEntryConnection;
  /** When it was closed; null while it is open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The contract the claim is about; one of the counterparty's. */
  contract: Maybe<Contract>;
  /** The counterparty that made the claim, whatever its role (client, supplier, competitor, ...). */
  counterparty: Counterparty;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The currency of the amounts claimed and granted. */
  currency: Maybe<Scalars['Currency']['output']>;
  /** What the counterparty demands. */
  demand: Maybe<Scalars['String']['output']>;
  /** The department at fault. */
  departmentAtFault: Maybe<Department>;
  /** When it should be worked off. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** The employee at fault. */
  employeeAtFault: Maybe<Employee>;
  /** What the claim is about. */
  essence: Scalars['String']['output'];
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Every change to this claim, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /**
   * The same list as `tasks`.
   * @deprecated Use `tasks`: the investigation plan is the claim's tasks.
   */
  linkedTasks: Array<Task>;
  /** Number, given at registration: C-000001 on. */
  number: Scalars['String']['output'];
  /** The order the claim is about; one of the counterparty's. */
  order: Maybe<Order>;
  /** Whether it is still open (REGISTERED, INVESTIGATING) and past `dueAt` now. */
  overdue: Scalars['Boolean']['output'];
  /** The counterparty's person who made it. */
  person: Maybe<Person>;
  /** The product the claim is about. */
  product: Maybe<Product>;
  /** When it was registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** Who registered it. */
  registeredVia: RegisteredVia;
  /** The employee who works it off. */
  responsibleEmployee: Maybe<Employee>;
  /** How it was worked off: what was decided, or why it was withdrawn. */
  result: Maybe<Scalars['String']['output']>;
  /** Where it is. */
  status: ClaimStatus;
  /**
   * Its investigation plan: the tasks linked to the claim (`Task.claim`), open and closed, earliest
   * due first. Plan it with `createTask(input: { claimId })` and work it off with `completeTask` or
   * `cancelTask`; the claim does not close while one of them is OPEN, and a closed claim takes no
   * open task.
   */
  tasks: Array<Task>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the claim. */
  version: Scalars['Int']['output'];
};


/** A claim (complaint) of a counterparty: who made it, who is at fault, why, what is demanded, and how it was worked off. */
export type ClaimchronicleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A claim (complaint) of a counterparty: who made it, who is at fault, why, what is demanded, and how it was worked off. */
export type ClaimhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Amounts of claims in one currency. */
export type ClaimAmounts = {
  __typename?: 'ClaimAmounts';
  /** Total amount claimed. */
  claimed: Scalars['Decimal']['output'];
  /** The currency. */
  currency: Scalars['Currency']['output'];
  /** Total amount granted. */
  granted: Scalars['Decimal']['output'];
};

/** A cause of claims; causes nest like folders. */
export type ClaimCause = Node & {
  __typename?: 'ClaimCause';
  /** Causes directly inside it, by name. */
  children: Array<ClaimCause>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name, unique among its siblings. */
  name: Scalars['String']['output'];
  /** The cause it sits in; null at the top. */
  parent: Maybe<ClaimCause>;
  /** Names from the top down to this cause, e.g. `Quality/Packaging`. */
  path: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the cause. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of a claim cause. */
export type ClaimCausePayload = {
  __typename?: 'ClaimCausePayload';
  /** The cause as saved; null when `userErrors` is not empty. */
  group: Maybe<ClaimCause>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A change to a claim, as `claimChanged` delivers it. */
export type ClaimChange = {
  __typename?: 'ClaimChange';
  /** The claim as it is when the change is delivered; null when it no longer exists. */
  claim: Maybe<Claim>;
  /** Global id of the claim that changed. */
  claimId: Scalars['ID']['output'];
  /** What happened: CREATED, UPDATED, STATUS_CHANGED, COMMENTED or TASK_CHANGED. */
  kind: ChangeKind;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims of this page with their cursors. */
  edges: Array<ClaimEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of claims matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One month (and department at fault, when asked) of the claim dynamics. */
export type ClaimDynamicsRow = {
  __typename?: 'ClaimDynamicsRow';
  /** Claims closed (worked off) in the month. */
  closed: Scalars['Int']['output'];
  /** The department at fault; null for the claims naming none, or when not grouped by department. */
  departmentAtFault: Maybe<Department>;
  /** The first day of the month. */
  month: Scalars['LocalDate']['output'];
  /** Claims open at the end of the month (or of the period, when it ends earlier). */
  openAtEnd: Scalars['Int']['output'];
  /** Claims registered in the month. */
  registered: Scalars['Int']['output'];
};

/** A claim with its cursor. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** Conditions on claims; all given conditions must hold. An empty list matches nothing. */
export type ClaimFilter = {
  /** Only claims of this cause or of the causes below it. */
  causeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this counterparty's claims. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims this department is at fault for. */
  departmentAtFaultId?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims this employee is at fault for. */
  employeeAtFaultId?: InputMaybe<Scalars['ID']['input']>;
  /** Only overdue claims (true) or only those that are not (false). */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only claims registered at or after this instant. */
  registeredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only claims registered before this instant. */
  registeredTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only claims registered this way. */
  registeredVia?: InputMaybe<RegisteredVia>;
  /** Only claims this employee works off. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only claims in one of these statuses. */
  statuses?: InputMaybe<Array<ClaimStatus>>;
};

/**
 * A claim to load. Fields left out keep their stored value and null clears an optional one; a new
 * claim needs `counterpartyExternalId` and `essence`.
 */
export type ClaimImportRow = {
  /** The amount claimed. */
  amountClaimed?: InputMaybe<Scalars['Decimal']['input']>;
  /** The amount granted, for a SATISFIED or PARTLY_SATISFIED claim. */
  amountGranted?: InputMaybe<Scalars['Decimal']['input']>;
  /** The cause by its path, e.g. `Quality/Packaging`. */
  causePath?: InputMaybe<Scalars['String']['input']>;
  /** When a new closed claim was closed; default its registration. */
  closedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The counterparty that made the claim, by `externalId`; required for a new claim, and a stored claim keeps its counterparty. */
  counterpartyExternalId?: InputMaybe<Scalars['String']['input']>;
  /** The currency of the amounts. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** What is demanded. */
  demand?: InputMaybe<Scalars['String']['input']>;
  /** The department at fault, by name. */
  departmentAtFaultName?: InputMaybe<Scalars['String']['input']>;
  /** When it should be worked off. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The employee at fault, by e-mail. */
  employeeAtFaultEmail?: InputMaybe<Scalars['String']['input']>;
  /** What the claim is about; required for a new claim. */
  essence?: InputMaybe<Scalars['String']['input']>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** When it was registered; default now for a new claim. */
  registeredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The employee who works it off, by e-mail; an active employee. */
  responsibleEmployeeEmail?: InputMaybe<Scalars['String']['input']>;
  /** How it was worked off; required for a new claim closed as SATISFIED, PARTLY_SATISFIED or REJECTED. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** Its status, for a new claim (REGISTERED when left out); a stored claim's status must be the one it has. */
  status?: InputMaybe<ClaimStatus>;
};

/** The answer to a change of a claim. */
export type ClaimPayload = {
  __typename?: 'ClaimPayload';
  /** The claim as saved; null when `userErrors` is not empty. */
  claim: Maybe<Claim>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** The outcomes of one cause's claims closed in a period. */
export type ClaimSatisfactionRow = {
  __typename?: 'ClaimSatisfactionRow';
  /** The cause; null for the claims naming none. */
  cause: Maybe<ClaimCause>;
  /** Claims closed. */
  closed: Scalars['Int']['output'];
  /** Of them PARTLY_SATISFIED. */
  partlySatisfied: Scalars['Int']['output'];
  /** PARTLY_SATISFIED as a percentage of `closed`, two decimals. */
  partlySatisfiedPercent: Scalars['Decimal']['output'];
  /** Of them REJECTED. */
  rejected: Scalars['Int']['output'];
  /** REJECTED as a percentage of `closed`, two decimals. */
  rejectedPercent: Scalars['Decimal']['output'];
  /** Of them SATISFIED. */
  satisfied: Scalars['Int']['output'];
  /** SATISFIED as a percentage of `closed`, two decimals. */
  satisfiedPercent: Scalars['Decimal']['output'];
  /** Of them WITHDRAWN. */
  withdrawn: Scalars['Int']['output'];
  /** WITHDRAWN as a percentage of `closed`, two decimals. */
  withdrawnPercent: Scalars['Decimal']['output'];
};

/** Where a claim is. */
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
  /** Closed: the counterparty withdrew the claim. */
  | 'WITHDRAWN';

/** Where a period's claims came from. */
export type ClaimStructure = {
  __typename?: 'ClaimStructure';
  /** Per cause, most claims first. */
  byCause: Array<ClaimStructureRow>;
  /** Per department at fault, most claims first. */
  byDepartment: Array<ClaimStructureRow>;
  /** Claims registered in the period. */
  total: Scalars['Int']['output'];
};

/** One department at fault or one cause of a claim structure. */
export type ClaimStructureRow = {
  __typename?: 'ClaimStructureRow';
  /** Amounts claimed and granted, per currency. */
  amounts: Array<ClaimAmounts>;
  /** The cause, in `byCause`; null there for the claims naming none. */
  cause: Maybe<ClaimCause>;
  /** Claims registered. */
  claims: Scalars['Int']['output'];
  /** The department at fault, in `byDepartment`; null there for the claims naming none. */
  departmentAtFault: Maybe<Department>;
  /** Their percentage of all claims of the period, two decimals. */
  percent: Scalars['Decimal']['output'];
  /** Place by the number of claims, 1 for the most; equal numbers share a place. */
  rank: Scalars['Int']['output'];
};

/** A counterparty's claims in figures. */
export type ClaimSummary = {
  __typename?: 'ClaimSummary';
  /** Amounts claimed and granted, per currency, by currency code. */
  amounts: Array<ClaimAmounts>;
  /** Those still open (REGISTERED or INVESTIGATING). */
  open: Scalars['Int']['output'];
  /** Those PARTLY_SATISFIED. */
  partlySatisfied: Scalars['Int']['output'];
  /** Those REJECTED. */
  rejected: Scalars['Int']['output'];
  /** Those SATISFIED. */
  satisfied: Scalars['Int']['output'];
  /** All its claims. */
  total: Scalars['Int']['output'];
  /** Those WITHDRAWN. */
  withdrawn: Scalars['Int']['output'];
};

/** Closes an agreement. */
export type CloseAgreementInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The agreement; it must be ACTIVE. */
  id: Scalars['ID']['input'];
};

/** Which contract to close. */
export type CloseContractInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The contract to close; it must be ACTIVE. */
  id: Scalars['ID']['input'];
};

/** How a planned visit ended without being done. */
export type CloseServiceVisitInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The visit; it must be PLANNED. */
  id: Scalars['ID']['input'];
  /** Why, at most 5000 characters. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** MISSED or CANCELLED. */
  status: ServiceVisitStatus;
};

/** Size of an organisation. */
export type CompanySize =
  /** More than 250 people. */
  | 'LARGE'
  /** Up to 250 people. */
  | 'MEDIUM'
  /** Up to 10 people. */
  | 'MICRO'
  /** Up to 50 people. */
  | 'SMALL';

/** A competitor a client also buys from. */
export type CompetitorShare = {
  __typename?: 'CompetitorShare';
  /** The competitor (a counterparty with the COMPETITOR role, usually). */
  competitor: Counterparty;
  /** Notes. */
  notes: Maybe<Scalars['String']['output']>;
  /** Percentage of the client's purchases that go to this competitor, 0 to 100. */
  purchaseShare: Maybe<Scalars['Decimal']['output']>;
};

/** Marks a planned entry as done. */
export type CompleteChronicleEntryInput = {
  /** Time spent, in minutes, from 0 to 100000; omitted keeps the current one. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** When it happened; default now. */
  happenedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The entry. */
  id: Scalars['ID']['input'];
  /** What came of it, at most 5000 characters; omitted keeps the current one. */
  result?: InputMaybe<Scalars['String']['input']>;
};

/** Completes a task. */
export type CompleteTaskInput = {
  /** The version the client read. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the task. */
  id: Scalars['ID']['input'];
  /** What came of it; at most 5000 characters. */
  result?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A contact card (lead): the fast first registration of a possible client, mostly from a phone call.
 * It needs a name or a phone, nothing else. It has its own persons and chronicle until it is
 * converted into a counterparty, which carries them over.
 */
export type ContactCard = Audited & Node & {
  __typename?: 'ContactCard';
  /** Whether it is archived. */
  archived: Scalars['Boolean']['output'];
  /** The history of contacts with the lead, newest first (by `occurredAt`, then id); after conversion it is the counterparty's. */
  chronicle: ChronicleEntryConnection;
  /** The company the lead speaks for. */
  companyName: Maybe<Scalars['String']['output']>;
  /** When it was converted. */
  convertedAt: Maybe<Scalars['DateTime']['output']>;
  /** The counterparty the card was converted into (or attached to); null until it is converted. */
  convertedCounterparty: Maybe<Counterparty>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The card's deals, newest first; a converted card's are its counterparty's. */
  deals: Array<Deal>;
  /**
   * The counterparties and the other cards (neither converted nor archived) sharing a phone (by its
   * digits), an e-mail (regardless of case) or a tax number (regardless of spaces, dots and dashes)
   * with this card: counterparties first, then cards, by id. The counterparty the card was
   * converted into is not its duplicate.
   */
  duplicates: Array<ContactCardDuplicate>;
  /** E-mail addresses, lower-case. */
  emails: Array<Email>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** The group the card is filed in. */
  group: Maybe<ContactCardGroup>;
  /** Whether `duplicates` is not empty. */
  hasDuplicates: Scalars['Boolean']['output'];
  /** Every change to this contact card, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Where the lead learned about the company. */
  informationSource: Maybe<InformationSource>;
  /** What the lead is interested in. */
  interest: Maybe<Scalars['String']['output']>;
  /** Who called or was met, as they introduced themselves; null when only a phone is known. */
  name: Maybe<Scalars['String']['output']>;
  /** Free-form notes. */
  notes: Maybe<Scalars['String']['output']>;
  /** The card's people, the primary first; after conversion they are the counterparty's and the list is empty. */
  persons: Array<ContactCardPerson>;
  /** Phone numbers. */
  phones: Array<Phone>;
  /** The employee who works the lead. */
  responsibleEmployee: Maybe<Employee>;
  /** The company's tax number, when given. */
  taxNumber: Maybe<Scalars['String']['output']>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the card. */
  version: Scalars['Int']['output'];
};


/**
 * A contact card (lead): the fast first registration of a possible client, mostly from a phone call.
 * It needs a name or a phone, nothing else. It has its own persons and chronicle until it is
 * converted into a counterparty, which carries them over.
 */
export type ContactCardchronicleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A contact card (lead): the fast first registration of a possible client, mostly from a phone call.
 * It needs a name or a phone, nothing else. It has its own persons and chronicle until it is
 * converted into a counterparty, which carries them over.
 */
export type ContactCardhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of contact cards. */
export type ContactCardConnection = {
  __typename?: 'ContactCardConnection';
  /** The cards of this page with their cursors. */
  edges: Array<ContactCardEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of cards matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A record a contact card shares keys with: a counterparty or another card (exactly one is set). */
export type ContactCardDuplicate = {
  __typename?: 'ContactCardDuplicate';
  /** The other card, when the match is one. */
  contactCard: Maybe<ContactCard>;
  /** The counterparty, when the match is one. */
  counterparty: Maybe<Counterparty>;
  /** The keys both have, phones first, then e-mails, then the tax number. */
  matches: Array<DuplicateKey>;
};

/** A contact card with its cursor. */
export type ContactCardEdge = {
  __typename?: 'ContactCardEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The card. */
  node: ContactCard;
};

/** Conditions on contact cards; all given conditions must hold. */
export type ContactCardFilter = {
  /** Only archived cards (true) or only those not archived (false). */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only converted cards (true) or only those not yet converted (false). */
  converted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only cards in this group (and the groups below it, unless `includeSubgroups` is false). */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cards with duplicates (true) or only those without (false). */
  hasDuplicates?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether `groupId` takes in the groups below it; default true. */
  includeSubgroups?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only cards of leads who named this information source. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cards this employee works. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Words or digits found in the name, company name, tax number, e-mails or phone numbers. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A folder of contact cards; groups nest. */
export type ContactCardGroup = Node & {
  __typename?: 'ContactCardGroup';
  /** Groups directly inside it, by name. */
  children: Array<ContactCardGroup>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name, unique among its siblings. */
  name: Scalars['String']['output'];
  /** The group it sits in; null at the top. */
  parent: Maybe<ContactCardGroup>;
  /** Names from the top down to this group, e.g. `Leads/Fair 2027`. */
  path: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the group. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of a contact card group. */
export type ContactCardGroupPayload = {
  __typename?: 'ContactCardGroupPayload';
  /** The group as saved; null when `userErrors` is not empty. */
  group: Maybe<ContactCardGroup>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * A contact card to load. Fields left out keep their stored value and null clears an optional one;
 * a new card needs a name or a phone.
 */
export type ContactCardImportRow = {
  /** The company they speak for. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** E-mail addresses; the list given replaces the stored one. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** The group by its path, e.g. `Leads/Fair 2027`. */
  groupPath?: InputMaybe<Scalars['String']['input']>;
  /** The information source by name (regardless of case). */
  informationSourceName?: InputMaybe<Scalars['String']['input']>;
  /** What they are interested in. */
  interest?: InputMaybe<Scalars['String']['input']>;
  /** Who called. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone numbers; the list given replaces the stored one. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /** The responsible employee by e-mail; an active one. */
  responsibleEmployeeEmail?: InputMaybe<Scalars['String']['input']>;
  /** The company's tax number. */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
};

/** The answer to a change of a contact card. */
export type ContactCardPayload = {
  __typename?: 'ContactCardPayload';
  /** The card as saved; null when `userErrors` is not empty. */
  contactCard: Maybe<ContactCard>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A person of a contact card and the part they play. */
export type ContactCardPerson = {
  __typename?: 'ContactCardPerson';
  /** Whether they are the card's primary contact. */
  isPrimary: Scalars['Boolean']['output'];
  /** The person, in the dossier. */
  person: Person;
  /** Their role in the deal (decides, advises, ...). */
  role: Maybe<Scalars['String']['output']>;
  /** Their position at the lead's company; becomes the position's title at conversion. */
  title: Maybe<Scalars['String']['output']>;
};

/** The means by which a contact took place. */
export type ContactChannel =
  /** E-mail. */
  | 'EMAIL'
  /** A paper letter. */
  | 'LETTER'
  /** A meeting. */
  | 'MEETING'
  /** An instant messenger. */
  | 'MESSENGER'
  /** Any other channel. */
  | 'OTHER'
  /** Telephone. */
  | 'PHONE'
  /** A visit to the counterparty's site. */
  | 'VISIT';

/** Who started a contact. */
export type ContactDirection =
  /** From the counterparty to the company. */
  | 'INCOMING'
  /** From the company to the counterparty. */
  | 'OUTGOING';

/** The kind of a phone number or e-mail address. */
export type ContactKind =
  /** Fax. */
  | 'FAX'
  /** Home. */
  | 'HOME'
  /** Mobile. */
  | 'MOBILE'
  /** Anything else. */
  | 'OTHER'
  /** Work. */
  | 'WORK';

/** The contacts of a period, grouped as asked. */
export type ContactsReport = {
  __typename?: 'ContactsReport';
  /** The dimensions the rows are grouped by, as asked. */
  groupBy: Array<ContactsReportGrouping>;
  /** One row per group with at least one entry, in the order of `groupBy`. */
  rows: Array<ContactsReportRow>;
  /** The time zone the period and the time buckets were counted in. */
  timeZone: Scalars['String']['output'];
  /** Every entry of the period matching `where`: the figures of all rows together, every key null. */
  total: ContactsReportRow;
};

/** What the contacts report can group by: a detail of the entries, or a time bucket. */
export type ContactsReportGrouping =
  /** The contact channel: phone, e-mail, meeting, ... (none is a group of its own). */
  | 'CHANNEL'
  /** Whom the contact was with: the counterparty, or the contact card of a lead. */
  | 'COUNTERPARTY'
  /** The calendar day of `occurredAt` in the report's time zone. */
  | 'DAY'
  /** Incoming or outgoing (none is a group of its own). */
  | 'DIRECTION'
  /** The responsible employee (none is a group of its own). */
  | 'EMPLOYEE'
  /** The kind of chronicle entry: call, e-mail, meeting, visit, ... */
  | 'KIND'
  /** The calendar month of `occurredAt` in the report's time zone. */
  | 'MONTH'
  /** The week (Monday to Sunday) of `occurredAt` in the report's time zone. */
  | 'WEEK';

/**
 * One group of the contacts report: its keys (null for a dimension not grouped by, and for an entry
 * without that detail) and its figures.
 */
export type ContactsReportRow = {
  __typename?: 'ContactsReportRow';
  /** Of them CANCELLED. */
  cancelled: Scalars['Int']['output'];
  /** The channel, with CHANNEL; null for entries without one. */
  channel: Maybe<ContactChannel>;
  /** The contact card of a lead, with COUNTERPARTY, for the entries of a card; null for a counterparty's. */
  contactCard: Maybe<ContactCard>;
  /** Entries in the group, whatever their status. */
  contacts: Scalars['Int']['output'];
  /** The counterparty, with COUNTERPARTY; null for the entries of a contact card. */
  counterparty: Maybe<Counterparty>;
  /** The direction, with DIRECTION; null for entries without one. */
  direction: Maybe<ContactDirection>;
  /** Of them DONE: they happened. */
  done: Scalars['Int']['output'];
  /** The responsible employee, with EMPLOYEE; null for entries without one. */
  employee: Maybe<Employee>;
  /** The kind of entry, with KIND. */
  kind: Maybe<ChronicleKind>;
  /** Minutes spent on the DONE ones, as recorded (`durationMinutes`). */
  minutesSpent: Scalars['Int']['output'];
  /** With DAY, WEEK or MONTH: the bucket's first day (a week's Monday, a month's 1st), which may fall before `from`. */
  periodStart: Maybe<Scalars['LocalDate']['output']>;
  /** Of them still PLANNED. */
  planned: Scalars['Int']['output'];
};

/** A contract with a counterparty and its specification of products, quantities and prices. */
export type Contract = Audited & Node & {
  __typename?: 'Contract';
  /** The agreement whose terms apply; null when none. */
  agreement: Maybe<Agreement>;
  /** The other party. */
  counterparty: Counterparty;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Currency of prices and amounts. */
  currency: Scalars['Currency']['output'];
  /** Date of the contract. */
  date: Scalars['LocalDate']['output'];
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Every change to this contract, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The specification, by line number. */
  lines: Array<ContractLine>;
  /** Contract number, unique per counterparty. */
  number: Scalars['String']['output'];
  /** The obligations generated when it was posted, by due date, then id. */
  obligations: Array<Obligation>;
  /** Where it is in its life. */
  status: ContractStatus;
  /** What the contract is about. */
  subject: Maybe<Scalars['String']['output']>;
  /** The template its text is rendered from; null when none. */
  template: Maybe<ContractTemplate>;
  /** The template rendered for this contract, inserted values HTML-escaped; null without a template. */
  text: Maybe<Scalars['String']['output']>;
  /** Sum of the lines' amounts. */
  total: Scalars['Decimal']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** First day the contract is in force; null for no start limit. */
  validFrom: Maybe<Scalars['LocalDate']['output']>;
  /** Last day the contract is in force; null for no end limit. */
  validTo: Maybe<Scalars['LocalDate']['output']>;
  /** Increases with every change; send it as `expectedVersion` when changing the contract. */
  version: Scalars['Int']['output'];
};


/** A contract with a counterparty and its specification of products, quantities and prices. */
export type ContracthistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of contracts. */
export type ContractConnection = {
  __typename?: 'ContractConnection';
  /** The contracts of this page with their cursors. */
  edges: Array<ContractEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of contracts matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A contract with its cursor. */
export type ContractEdge = {
  __typename?: 'ContractEdge';
  /** Cursor to page from this contract. */
  cursor: Scalars['String']['output'];
  /** The contract. */
  node: Contract;
};

/** Conditions on contracts; all given conditions must hold. An empty list matches nothing. */
export type ContractFilter = {
  /** Only contracts under this agreement. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contracts with this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contracts in one of these statuses. */
  statuses?: InputMaybe<Array<ContractStatus>>;
};

/** A line of a contract's specification. */
export type ContractLine = {
  __typename?: 'ContractLine';
  /** quantity × unitPrice rounded to the cent, half up. */
  amount: Scalars['Decimal']['output'];
  /** Position in the specification, from 1. */
  lineNo: Scalars['Int']['output'];
  /** The product or service. */
  product: Product;
  /** Quantity, more than 0, up to 3 decimal places. */
  quantity: Scalars['Decimal']['output'];
  /** Price per unit, in the contract's currency. */
  unitPrice: Scalars['Decimal']['output'];
};

/** A line of a specification as sent. */
export type ContractLineInput = {
  /** The product or service. */
  productId: Scalars['ID']['input'];
  /** Quantity, more than 0, at most 3 decimal places. */
  quantity: Scalars['Decimal']['input'];
  /** Price per unit, zero or more, at most 2 decimal places. */
  unitPrice: Scalars['Decimal']['input'];
};

/** The answer to a change of a contract. */
export type ContractPayload = {
  __typename?: 'ContractPayload';
  /** The contract as saved; null when `userErrors` is not empty. */
  contract: Maybe<Contract>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a contract is in its life. */
export type ContractStatus =
  /** Posted and in force; its obligations are generated. */
  | 'ACTIVE'
  /** Cancelled, with its open generated obligations. */
  | 'CANCELLED'
  /** Completed. */
  | 'CLOSED'
  /** Being prepared; it can still change. */
  | 'DRAFT';

/** A text with placeholders a contract's text is rendered from. */
export type ContractTemplate = Node & {
  __typename?: 'ContractTemplate';
  /** The text with placeholders: {{counterparty.name}}, {{counterparty.legalName}}, {{counterparty.taxNumber}}, {{contract.number}}, {{contract.date}}, {{contract.total}}, {{contract.currency}}, {{terms.paymentSchedule}}, {{terms.deliveryDays}}, {{specification}}. */
  body: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name, unique. */
  name: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the template. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of a contract template. */
export type ContractTemplatePayload = {
  __typename?: 'ContractTemplatePayload';
  /** The template as saved; null when `userErrors` is not empty. */
  contractTemplate: Maybe<ContractTemplate>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A conversion of a card: into a new counterparty (the default) or into `counterpartyId`. */
export type ConvertContactCardInput = {
  /** An existing counterparty to attach the card to (e.g. its duplicate) instead of making a new one; not archived. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** For a new counterparty: its id in an external system; unique. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** For a new counterparty: its group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** The card; not yet converted. */
  id: Scalars['ID']['input'];
  /** For a new counterparty: its kind; default ORGANIZATION when the card has a company name, else INDIVIDUAL. */
  kind?: InputMaybe<CounterpartyKind>;
  /** For a new counterparty: its name; default the card's company name, else its name, else its first phone. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** For a new counterparty: its roles; default [PROSPECT]. */
  roles?: InputMaybe<Array<CounterpartyRole>>;
};

/** The answer to a conversion. */
export type ConvertContactCardPayload = {
  __typename?: 'ConvertContactCardPayload';
  /** The card, converted; null when `userErrors` is not empty. */
  contactCard: Maybe<ContactCard>;
  /** The counterparty it became or was attached to. */
  counterparty: Maybe<Counterparty>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** An organisation or private individual the company has had any contact with: the centre of the CRM. */
export type Counterparty = Audited & Node & {
  __typename?: 'Counterparty';
  /** Addresses: legal, actual, postal, delivery. */
  addresses: Array<Address>;
  /** The counterparty's INDIVIDUAL agreements, by name, then id. */
  agreements: Array<Agreement>;
  /** The counterparty's appeals, newest first. */
  appeals: Array<Appeal>;
  /** Whether it is archived (hidden from default lists). */
  archived: Scalars['Boolean']['output'];
  /** When it was archived. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Bank accounts. */
  bankAccounts: Array<BankAccount>;
  /** The campaigns the counterparty took part in (as a participant itself), latest start first. */
  campaigns: Array<Campaign>;
  /** The history of contacts and events with this counterparty, planned and happened, newest first (by `occurredAt`, then id). */
  chronicle: ChronicleEntryConnection;
  /** How many claims the counterparty made, with what outcomes, and the amounts claimed and granted. */
  claimSummary: ClaimSummary;
  /** The counterparty's claims, newest first. */
  claims: Array<Claim>;
  /** For a client: the competitors it also buys from, largest share first. */
  competitors: Array<CompetitorShare>;
  /** The contact card this counterparty was converted from (the first, when several were attached to it); null when none. */
  contactCard: Maybe<ContactCard>;
  /** Every contact card converted into or attached to this counterparty, first converted first. */
  contactCards: Array<ContactCard>;
  /** The counterparty's contracts, newest date first, then id. */
  contracts: Array<Contract>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The counterparty's deals, newest first. */
  deals: Array<Deal>;
  /** E-mail addresses. */
  emails: Array<Email>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** The catalogue group it sits in. */
  group: Maybe<CounterpartyGroup>;
  /** Every change to this counterparty, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Importance: key, normal or low. */
  importance: Importance;
  /** Industry or sector. */
  industry: Maybe<Scalars['String']['output']>;
  /** Where the counterparty learned about the company. */
  informationSource: Maybe<InformationSource>;
  /** Organisation or individual. */
  kind: CounterpartyKind;
  /** Full legal name. */
  legalName: Maybe<Scalars['String']['output']>;
  /** Short name as it is used day to day. */
  name: Scalars['String']['output'];
  /** Free-form internal notes. */
  notes: Maybe<Scalars['String']['output']>;
  /** Objects (sites, equipment) served at it. */
  objects: Array<CounterpartyObject>;
  /** What the company owes this counterparty and what it owes the company, by due date (those without one last), then id. */
  obligations: Array<Obligation>;
  /** The counterparty's orders, newest date first, then id. */
  orders: OrderConnection;
  /** Values of the installation's parameters, one per parameter that has a value. */
  parameters: Array<ParameterValue>;
  /** The parent organisation (holding). */
  parent: Maybe<Counterparty>;
  /**
   * Persons holding a position at this counterparty: primary contacts first, then by last name and
   * first name. Archived persons are left out.
   */
  persons: Array<Person>;
  /** Phone numbers. */
  phones: Array<Phone>;
  /** Region. */
  region: Maybe<Scalars['String']['output']>;
  /** State registration number. */
  registrationNumber: Maybe<Scalars['String']['output']>;
  /** The employee the counterparty is assigned to. */
  responsibleEmployee: Maybe<Employee>;
  /** What the counterparty is to the company. */
  roles: Array<CounterpartyRole>;
  /** Market segment, e.g. `wholesale`, `dealers`. */
  segment: Maybe<Scalars['String']['output']>;
  /** The counterparty's service cards not archived, newest first. */
  serviceCards: Array<ServiceCard>;
  /** What the counterparty owes on its orders, and how it got there. */
  settlements: Settlements;
  /** Size of the organisation. */
  size: Maybe<CompanySize>;
  /** The tasks concerning the counterparty, open and closed, earliest due first. */
  tasks: Array<Task>;
  /** Tax identification number. */
  taxNumber: Maybe<Scalars['String']['output']>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /**
   * The persons holding a position here, each as a vCard 4.0 with ORG set to this counterparty's name
   * and TITLE to the position's, one after another in one text (a `.vcf` file of several cards). The
   * same text `GET /vcard/<counterparty id>` serves. Empty when no person holds a position here.
   */
  vcards: Scalars['String']['output'];
  /** Increases with every change; send it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** Web sites. */
  websites: Array<Scalars['URL']['output']>;
  /** The counterparty's work history: see `Query.counterpartyWorkHistory`. For a page of counterparties, one statement for all of them. */
  workHistory: WorkHistory;
};


/** An organisation or private individual the company has had any contact with: the centre of the CRM. */
export type CounterpartychronicleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ChronicleFilter>;
};


/** An organisation or private individual the company has had any contact with: the centre of the CRM. */
export type CounterpartyhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation or private individual the company has had any contact with: the centre of the CRM. */
export type CounterpartyobligationsArgs = {
  where?: InputMaybe<ObligationFilter>;
};


/** An organisation or private individual the company has had any contact with: the centre of the CRM. */
export type CounterpartyordersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation or private individual the company has had any contact with: the centre of the CRM. */
export type CounterpartypersonsArgs = {
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
};


/** An organisation or private individual the company has had any contact with: the centre of the CRM. */
export type CounterpartyvcardsArgs = {
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
};


/** An organisation or private individual the company has had any contact with: the centre of the CRM. */
export type CounterpartyworkHistoryArgs = {
  bucket?: InputMaybe<WorkHistoryBucket>;
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};

/** A page of counterparties. */
export type CounterpartyConnection = {
  __typename?: 'CounterpartyConnection';
  /** The counterparties of this page with their cursors. */
  edges: Array<CounterpartyEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of counterparties matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A page of the contact list. */
export type CounterpartyContactListConnection = {
  __typename?: 'CounterpartyContactListConnection';
  /** The entries of this page with their cursors. */
  edges: Array<CounterpartyContactListEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of counterparties matching the filter, across all pages (one more statement). */
  totalCount: Scalars['Int']['output'];
};

/** An entry of the contact list with its cursor. */
export type CounterpartyContactListEdge = {
  __typename?: 'CounterpartyContactListEdge';
  /** Cursor to page from this entry. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: CounterpartyContactListEntry;
};

/** One counterparty's contact information, as the contact list prints it. */
export type CounterpartyContactListEntry = {
  __typename?: 'CounterpartyContactListEntry';
  /** Its addresses (legal, actual, postal, delivery). */
  addresses: Array<Address>;
  /** The counterparty itself, for any other field (read by the request's loader, one batch per page). */
  counterparty: Counterparty;
  /** Its e-mail addresses. */
  emails: Array<Email>;
  /** Global id of the counterparty. */
  id: Scalars['ID']['output'];
  /** Organisation or individual. */
  kind: CounterpartyKind;
  /** Full legal name. */
  legalName: Maybe<Scalars['String']['output']>;
  /** Short name. */
  name: Scalars['String']['output'];
  /** The contact persons `persons` asks for, primary contacts first, then by last and first name; archived persons are left out. */
  persons: Array<CounterpartyContactListPerson>;
  /** Its phones, with extensions. */
  phones: Array<Phone>;
  /** State registration number. */
  registrationNumber: Maybe<Scalars['String']['output']>;
  /** Tax identification number. */
  taxNumber: Maybe<Scalars['String']['output']>;
  /** Its web sites. */
  websites: Array<Scalars['URL']['output']>;
};

/** A contact person in the contact list. */
export type CounterpartyContactListPerson = {
  __typename?: 'CounterpartyContactListPerson';
  /** The person's e-mail addresses. */
  emails: Array<Email>;
  /** Last name, first name and middle name, as `Person.fullName` writes them. */
  fullName: Scalars['String']['output'];
  /** Global id of the person. */
  id: Scalars['ID']['output'];
  /** The person's phones. */
  phones: Array<Phone>;
  /** The title of the current position at the counterparty (the primary one first). */
  position: Maybe<Scalars['String']['output']>;
  /** Whether a current position at the counterparty is marked primary. */
  primary: Scalars['Boolean']['output'];
};

/** Which contact persons the contact list shows: a detail a printout shows or hides. */
export type CounterpartyContactListPersons =
  /** Every person holding a current position at the counterparty, primary contacts first. */
  | 'ALL'
  /** None: the list of counterparties alone. */
  | 'NONE'
  /** Only the primary contacts: persons whose current position at the counterparty is marked primary. */
  | 'PRIMARY';

/** A counterparty with its cursor. */
export type CounterpartyEdge = {
  __typename?: 'CounterpartyEdge';
  /** Cursor to page from this counterparty. */
  cursor: Scalars['String']['output'];
  /** The counterparty. */
  node: Counterparty;
};

/** Conditions on counterparties; all given conditions must hold. */
export type CounterpartyFilter = {
  /** Only archived (true) or only active (false) counterparties. Default false; null for both. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only counterparties in this group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these importance levels. */
  importance?: InputMaybe<Array<Importance>>;
  /** With `groupId`: also counterparties in its subgroups, at any depth. Default true. */
  includeSubgroups?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only counterparties that came from this information source. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<CounterpartyKind>>;
  /** Only counterparties assigned to this employee. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only counterparties with at least one of these roles. */
  roles?: InputMaybe<Array<CounterpartyRole>>;
  /** Part of the name, legal name, tax or registration number, a phone (digits are enough) or an e-mail; case-insensitive, at least 2 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only counterparties changed at or after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A folder of the counterparty catalogue. */
export type CounterpartyGroup = Node & {
  __typename?: 'CounterpartyGroup';
  /** Groups directly inside it, by name. */
  children: Array<CounterpartyGroup>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name, unique among its siblings. */
  name: Scalars['String']['output'];
  /** The group it sits in; null at the top. */
  parent: Maybe<CounterpartyGroup>;
  /** Names from the top down to this group, e.g. `Clients/Budget`. */
  path: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the group. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of a group. */
export type CounterpartyGroupPayload = {
  __typename?: 'CounterpartyGroupPayload';
  /** The group as saved; null when `userErrors` is not empty. */
  group: Maybe<CounterpartyGroup>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * A counterparty to load. In UPSERT mode a field left out keeps its stored value, null clears it and
 * a list replaces the stored list; a new counterparty needs `kind` and `name`.
 */
export type CounterpartyImportRow = {
  /** Addresses. */
  addresses?: InputMaybe<Array<AddressInput>>;
  /** Bank accounts. */
  bankAccounts?: InputMaybe<Array<BankAccountInput>>;
  /** E-mail addresses. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** The catalogue group by its path of names from the root, separated by `/`, e.g. `Clients/Budget`. The group must exist. */
  groupPath?: InputMaybe<Scalars['String']['input']>;
  /** Importance; NORMAL for a new counterparty when left out. */
  importance?: InputMaybe<Importance>;
  /** Industry or sector. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** The information source by name. */
  informationSourceName?: InputMaybe<Scalars['String']['input']>;
  /** Organisation or individual; required for a new counterparty. */
  kind?: InputMaybe<CounterpartyKind>;
  /** Full legal name. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** Short name, at most 300 characters; required for a new counterparty. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Internal notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The parent organisation by `externalId`: an existing counterparty or a row earlier in this call. */
  parentExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Phone numbers. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /** Region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** State registration number. */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** The responsible employee by e-mail; must be an active employee. */
  responsibleEmployeeEmail?: InputMaybe<Scalars['String']['input']>;
  /** Roles. */
  roles?: InputMaybe<Array<CounterpartyRole>>;
  /** Market segment. */
  segment?: InputMaybe<Scalars['String']['input']>;
  /** Size of the organisation. */
  size?: InputMaybe<CompanySize>;
  /** Tax identification number. */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
  /** Web sites. */
  websites?: InputMaybe<Array<Scalars['URL']['input']>>;
};

/** Whether a counterparty is an organisation or a private individual. */
export type CounterpartyKind =
  /** A private individual. */
  | 'INDIVIDUAL'
  /** A company, institution or other organisation. */
  | 'ORGANIZATION';

/** A site or piece of equipment served at a counterparty. */
export type CounterpartyObject = Node & {
  __typename?: 'CounterpartyObject';
  /** Where it is. */
  address: Maybe<Scalars['String']['output']>;
  /** The counterparty it belongs to. */
  counterparty: Counterparty;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** Notes. */
  notes: Maybe<Scalars['String']['output']>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of an object. */
export type CounterpartyObjectPayload = {
  __typename?: 'CounterpartyObjectPayload';
  /** The object as saved; null when `userErrors` is not empty. */
  object: Maybe<CounterpartyObject>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** One sort key. */
export type CounterpartyOrder = {
  /** The direction. Default ASC. */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: CounterpartyOrderField;
};

/** What counterparties can be sorted by. */
export type CounterpartyOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Name. */
  | 'NAME'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** The answer to a change of a counterparty. */
export type CounterpartyPayload = {
  __typename?: 'CounterpartyPayload';
  /** The counterparty as saved; null when `userErrors` is not empty. */
  counterparty: Maybe<Counterparty>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** What a counterparty is to the company; a counterparty may have several roles. */
export type CounterpartyRole =
  /** Buys from the company. */
  | 'CLIENT'
  /** Competes with the company. */
  | 'COMPETITOR'
  /** Anything else. */
  | 'OTHER'
  /** Works with the company (dealer, agent, ...). */
  | 'PARTNER'
  /** May become a client. */
  | 'PROSPECT'
  /** Sells to the company. */
  | 'SUPPLIER';

/** A new staff key. */
export type CreateApiKeyInput = {
  /** The employee the key acts for (whose time zone its "today" is taken in); an active one. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** When the key stops working; it must be in the future. Never, when omitted. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for, e.g. `import script`; at most 200 characters. */
  name: Scalars['String']['input'];
  /** What it may do on this API. */
  role: Role;
};

/** The answer to `createApiKey`. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The key as stored; null when `userErrors` is not empty. */
  apiKey: Maybe<ApiKey>;
  /** The key to send as `Authorization: Bearer <key>`: shown only in this answer. */
  key: Maybe<Scalars['String']['output']>;
  /** Why nothing was created; empty on success. */
  userErrors: Array<UserError>;
};

/** A new appeal type. */
export type CreateAppealTypeInput = {
  /** Name, unique among its siblings, at most 200 characters; `/` is not allowed (it separates paths). */
  name: Scalars['String']['input'];
  /** The type it goes into; omitted for a top-level type. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A file to attach through a signed upload URL. */
export type CreateAttachmentUploadUrlInput = {
  /** The file's content type, e.g. `application/pdf`; checked against its bytes when they come. */
  contentType: Scalars['String']['input'];
  /** The file's name. */
  fileName: Scalars['String']['input'];
  /** Global id of the record: an Appeal. */
  ownerId: Scalars['ID']['input'];
  /** The file's size in bytes: the PUT must send exactly this many, at most MAX_UPLOAD_BYTES. */
  size: Scalars['Int']['input'];
};

/** A new campaign group. */
export type CreateCampaignGroupInput = {
  /** Name, unique among its siblings, at most 200 characters; `/` is not allowed (it separates paths). */
  name: Scalars['String']['input'];
  /** The group it goes into; omitted for a top-level group. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new campaign. */
export type CreateCampaignInput = {
  /** The money planned: zero or more, at most 2 decimal places. */
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  /** The currency of the budget, expenses and revenues. */
  currency: Scalars['Currency']['input'];
  /** What it is about, at most 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day (inclusive), not before `startsOn`; default `startsOn`. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Id in an external system; unique, at most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The group to file it in. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** An existing information source the campaign stands for; when omitted, one named like the campaign is created (its name must be free). */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** What kind of campaign it is. */
  kind: CampaignKind;
  /** Name, at most 500 characters. */
  name: Scalars['String']['input'];
  /** Where it takes place, at most 500 characters. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** The employee responsible; an active one. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** First day. */
  startsOn: Scalars['LocalDate']['input'];
};

/** A new chronicle entry. */
export type CreateChronicleEntryInput = {
  /** The means of the contact. */
  channel?: InputMaybe<ContactChannel>;
  /** The claim the entry is an interaction about; it must be a claim of the same counterparty (an entry about a contact card has none). */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** The contact card (a lead not yet converted) the entry is about; give exactly one of `counterpartyId` and `contactCardId`. */
  contactCardId?: InputMaybe<Scalars['ID']['input']>;
  /** The counterparty the entry is about; give exactly one of `counterpartyId` and `contactCardId`. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Who started the contact. */
  direction?: InputMaybe<ContactDirection>;
  /** Time spent, in minutes, from 0 to 100000. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Id in an external system; must not belong to another entry. At most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; for a DONE entry the default is now. */
  happenedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How much the entry matters; default NORMAL. */
  importance?: InputMaybe<Importance>;
  /** The information source the counterparty named. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** What the entry records. */
  kind: ChronicleKind;
  /** The contact person on the counterparty's side (one of the contact card's persons, for an entry about a card). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** When it is planned to happen; required for a PLANNED entry. */
  plannedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When to remind the responsible employee. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The responsible employee; by default the employee the API key acts for. Must be active. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** What came of it, at most 5000 characters. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** Planned, done or cancelled; default DONE. A PLANNED entry needs `plannedAt` and may not have `happenedAt`. */
  status?: InputMaybe<ChronicleStatus>;
  /** Subject or essence of the contact, at most 500 characters. */
  subject: Scalars['String']['input'];
  /** Whether the client sees the entry in the partner portal, among its claim's events; only an entry about a claim can be. Default false. */
  visibleToClient?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A new claim cause. */
export type CreateClaimCauseInput = {
  /** Name, unique among its siblings, at most 200 characters; `/` is not allowed (it separates paths). */
  name: Scalars['String']['input'];
  /** The cause it goes into; omitted for a top-level cause. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new contact card group. */
export type CreateContactCardGroupInput = {
  /** Name, unique among its siblings, at most 200 characters; `/` is not allowed (it separates paths). */
  name: Scalars['String']['input'];
  /** The group it goes into; omitted for a top-level group. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new contact card: a name or a phone is enough. */
export type CreateContactCardInput = {
  /** The company they speak for, at most 300 characters. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** E-mail addresses. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** Id in an external system; unique, at most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The group to file the card in. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Where the lead learned about the company. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** What they are interested in, at most 5000 characters. */
  interest?: InputMaybe<Scalars['String']['input']>;
  /** Who called, at most 300 characters; required when no phone is given. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes, at most 10000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A person of the lead created with the card, as its primary contact. */
  person?: InputMaybe<NewContactCardPersonInput>;
  /** The person's position at the lead's company. */
  personTitle?: InputMaybe<Scalars['String']['input']>;
  /** Phone numbers; at least one when no name is given. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /** The employee who works the lead; an active one. Default the API key's employee. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** The company's tax number, at most 50 characters. */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
};

/** A new contract. */
export type CreateContractInput = {
  /** An INDIVIDUAL agreement of the counterparty, or a TYPICAL agreement of the counterparty's segment. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** The other party. */
  counterpartyId: Scalars['ID']['input'];
  /** Currency; defaults to the agreement's effective currency, required without one. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Date of the contract. */
  date: Scalars['LocalDate']['input'];
  /** Id in an external system; must not belong to another contract. At most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The specification; line numbers follow the list order. */
  lines?: InputMaybe<Array<ContractLineInput>>;
  /** Contract number, at most 100 characters, unique per counterparty. */
  number: Scalars['String']['input'];
  /** What the contract is about, at most 2000 characters. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** The template its text is rendered from. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  /** First day the contract is in force. */
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Last day the contract is in force; not before `validFrom`. */
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** A new contract template. */
export type CreateContractTemplateInput = {
  /** The text with placeholders, at most 100000 characters; every placeholder must be a known one. */
  body: Scalars['String']['input'];
  /** Name, at most 200 characters, unique. */
  name: Scalars['String']['input'];
};

/** A new group. */
export type CreateCounterpartyGroupInput = {
  /** Name, unique among its siblings, at most 200 characters; `/` is not allowed (it separates paths). */
  name: Scalars['String']['input'];
  /** The group it goes into; omitted for a top-level group. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new counterparty. */
export type CreateCounterpartyInput = {
  /** Addresses. */
  addresses?: InputMaybe<Array<AddressInput>>;
  /** Bank accounts. */
  bankAccounts?: InputMaybe<Array<BankAccountInput>>;
  /** E-mail addresses. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** Id in an external system; must be unique. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Id of the catalogue group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Importance. Default NORMAL. */
  importance?: InputMaybe<Importance>;
  /** Industry or sector. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Id of the information source. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Organisation or individual. */
  kind: CounterpartyKind;
  /** Full legal name. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** Short name, at most 300 characters. */
  name: Scalars['String']['input'];
  /** Internal notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Id of the parent organisation. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone numbers. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /** Region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** State registration number. */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Id of the employee it is assigned to. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Roles. Default: none. */
  roles?: InputMaybe<Array<CounterpartyRole>>;
  /** Market segment. */
  segment?: InputMaybe<Scalars['String']['input']>;
  /** Size of the organisation. */
  size?: InputMaybe<CompanySize>;
  /** Tax identification number. */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
  /** Web sites. */
  websites?: InputMaybe<Array<Scalars['URL']['input']>>;
};

/** A new object. */
export type CreateCounterpartyObjectInput = {
  /** Where it is. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The counterparty it belongs to. */
  counterpartyId: Scalars['ID']['input'];
  /** Name. */
  name: Scalars['String']['input'];
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** A new deal, with a counterparty or a contact card: exactly one of `counterpartyId` and `contactCardId`. */
export type CreateDealInput = {
  /** Its expected worth: zero or more, at most 2 decimal places. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The employee it is assigned to; an active one. */
  assignedEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** The marketing campaign the deal came from. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The column it starts in; default PROSPECT, never RESULT. */
  column?: InputMaybe<DealColumn>;
  /** The contact card (a lead, not converted) the deal is with; it takes no contract or orders until the card is converted. */
  contactCardId?: InputMaybe<Scalars['ID']['input']>;
  /** The counterparty the deal is with. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** The currency; required with an amount. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** When it is expected to close. */
  expectedDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Id in an external system; unique, at most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Where the counterparty learned about the company; an active source. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** What is being sold, at most 500 characters. */
  name: Scalars['String']['input'];
  /** When the assigned employee is reminded of it, while it is open: a notification (`Viewer.notifications`) at that time. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The stage it starts at; default NEEDS. */
  stage?: InputMaybe<DealStage>;
};

/** A new department. */
export type CreateDepartmentInput = {
  /** Name, unique, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Department it belongs to. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new employee. */
export type CreateEmployeeInput = {
  /** Department id. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Work e-mail; must not belong to another employee. */
  email: Scalars['EmailAddress']['input'];
  /** Whether the employee's notifications (reminders) are also e-mailed to `email`; default false. */
  emailNotifications?: InputMaybe<Scalars['Boolean']['input']>;
  /** Full name, at most 200 characters. */
  fullName: Scalars['String']['input'];
  /** Work phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  position?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, e.g. `Europe/Warsaw`; default UTC. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A new INDIVIDUAL agreement. */
export type CreateIndividualAgreementInput = {
  /** The TYPICAL agreement it is made from and inherits from; it must not be CLOSED. */
  baseAgreementId: Scalars['ID']['input'];
  /** The counterparty whose terms these are. */
  counterpartyId: Scalars['ID']['input'];
  /** Id in an external system; must not belong to another agreement. At most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Discounts for the product groups it overrides; the base's rows apply to other groups. */
  groupDiscounts?: InputMaybe<Array<GroupDiscountInput>>;
  /** Name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** The terms it overrides; the others are inherited. */
  terms?: InputMaybe<AgreementTermsInput>;
};

/** A new information source. */
export type CreateInformationSourceInput = {
  /** Longer explanation. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, unique, at most 200 characters. */
  name: Scalars['String']['input'];
};

/** A new knowledge-base article. */
export type CreateKnowledgeArticleInput = {
  /** The answer, at most 20000 characters. */
  answer: Scalars['String']['input'];
  /** The appeal type it answers. */
  appealTypeId?: InputMaybe<Scalars['ID']['input']>;
  /** The product it is about. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** The question, at most 1000 characters. */
  question: Scalars['String']['input'];
  /** Tags, at most 30 of at most 50 characters; kept lower-case, each once. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new lost reason. */
export type CreateLostReasonInput = {
  /** Name, unique whatever the case, at most 200 characters. */
  name: Scalars['String']['input'];
};

/** A new obligation. */
export type CreateObligationInput = {
  /** The amount owed, zero or more, at most 2 decimal places; omit it for obligations without an amount. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The counterparty on the other side. */
  counterpartyId: Scalars['ID']['input'];
  /** Currency of the amount; required when `amount` is given. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Which side owes. */
  debtor: ObligationDebtor;
  /** What exactly is owed, at most 2000 characters. */
  description: Scalars['String']['input'];
  /** When it is due. */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Id in an external system; must not belong to another obligation. At most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** What is to be delivered. */
  kind: ObligationKind;
};

/** A new order. */
export type CreateOrderInput = {
  /** The agreement whose terms apply; without one, no terms are checked and every line needs a price. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** The contract it is placed under. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** The buyer. */
  counterpartyId: Scalars['ID']['input'];
  /** Currency; defaults to the agreement's effective currency, required without one (or without an agreement). */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Date of the order. */
  date: Scalars['LocalDate']['input'];
  /** When it is expected to be paid in full; default the last due day of the agreement's payment schedule. */
  expectedPaymentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** When the goods are expected to ship; default the order date plus the agreement's delivery days. */
  expectedShipmentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Id in an external system; must not belong to another order. At most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The lines; line numbers follow the list order. */
  lines: Array<OrderLineInput>;
  /** Order number, at most 100 characters, unique. */
  number: Scalars['String']['input'];
};

/** A new parameter definition. */
export type CreateParameterDefinitionInput = {
  /** Stable code: lower-case letters, digits and `_`, starting with a letter; unique. */
  code: Scalars['String']['input'];
  /** Explanation. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name shown to people. */
  name: Scalars['String']['input'];
  /** Type of its values. */
  type: ParameterType;
};

/** A new partner key. */
export type CreatePartnerApiKeyInput = {
  /** The partner's organisation: the portal shows this counterparty's data and nothing else. */
  counterpartyId: Scalars['ID']['input'];
  /** When the key stops working; it must be in the future. Never, when omitted. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for, e.g. `Portal of Acme, purchasing`; at most 200 characters. */
  name: Scalars['String']['input'];
  /** The person of that organisation the key acts for (who registers its appeals and claims); they must hold a position there. */
  personId?: InputMaybe<Scalars['ID']['input']>;
};

/** The answer to `createPartnerApiKey`. */
export type CreatePartnerApiKeyPayload = {
  __typename?: 'CreatePartnerApiKeyPayload';
  /** The key as stored; null when `userErrors` is not empty. */
  apiKey: Maybe<ApiKey>;
  /** The key to send as `Authorization: Bearer <key>`: shown only in this answer. */
  key: Maybe<Scalars['String']['output']>;
  /** Why nothing was created; empty on success. */
  userErrors: Array<UserError>;
};

/** A new person. */
export type CreatePersonInput = {
  /** Date of birth; not in the future. */
  birthday?: InputMaybe<Scalars['LocalDate']['input']>;
  /** E-mail addresses, at most 50. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** Id in an external system; must be unique. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** First name, at most 100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Other dates worth remembering, at most 50. */
  importantDates?: InputMaybe<Array<ImportantDateInput>>;
  /** Last name, at most 100 characters. */
  lastName: Scalars['String']['input'];
  /** Middle name or patronymic, at most 100 characters. */
  middleName?: InputMaybe<Scalars['String']['input']>;
  /** Internal notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone numbers, at most 50. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /** Positions at counterparties, at most 50. */
  positions?: InputMaybe<Array<PersonPositionInput>>;
};

/** A new price type. */
export type CreatePriceTypeInput = {
  /** Stable code, at most 50 characters; unique. */
  code: Scalars['String']['input'];
  /** Currency of its prices. */
  currency: Scalars['Currency']['input'];
  /** Name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** SALE (default) or COST; fixed once created. A second COST type in a currency is a DUPLICATE on `currency`. */
  purpose?: InputMaybe<PriceTypePurpose>;
};

/** A new product group. */
export type CreateProductGroupInput = {
  /** Name, unique among its siblings, at most 200 characters; `/` is not allowed (it separates paths). */
  name: Scalars['String']['input'];
  /** The group it goes into; omitted for a top-level group. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new product. */
export type CreateProductInput = {
  /** Article number (SKU), at most 100 characters; must be unique. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Id in an external system; must be unique. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Id of the nomenclature group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** Name, at most 300 characters. */
  name: Scalars['String']['input'];
  /** Goods or service. */
  type: ProductType;
  /** Unit of measure, at most 20 characters. */
  unit: Scalars['String']['input'];
};

/** A new folder of the service journal. */
export type CreateServiceCardGroupInput = {
  /** Name, unique among its siblings, at most 200 characters; `/` is not allowed (it separates paths). */
  name: Scalars['String']['input'];
  /** The folder it goes into; omitted for a top-level folder. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new service card. */
export type CreateServiceCardInput = {
  /** The client's contract the service is done under. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** The client served. */
  counterpartyId: Scalars['ID']['input'];
  /** The responsible engineer, an active employee. */
  engineerId?: InputMaybe<Scalars['ID']['input']>;
  /** Id in an external system; unique. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The folder of the service journal. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** N for the EVERY_N_* periodicities, 1 to 366; required by them, refused by the others. */
  interval?: InputMaybe<Scalars['Int']['input']>;
  /** Internal notes, at most 10000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Card number, unique, at most 100 characters. */
  number: Scalars['String']['input'];
  /** One of the client's objects. */
  objectId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the service period; not before `periodStart`. */
  periodEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** First day of the service period. */
  periodStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** How often visits recur. Default MONTHLY. */
  periodicity?: InputMaybe<ServicePeriodicity>;
  /** At most this many visits, at least 1. */
  plannedContacts?: InputMaybe<Scalars['Int']['input']>;
  /** Where the card is in its life. Default ACTIVE. */
  status?: InputMaybe<ServiceCardStatus>;
  /** When the client works. Default Monday to Friday, no holidays. */
  workMode?: InputMaybe<WorkModeInput>;
};

/** A new task. */
export type CreateTaskInput = {
  /** The appeal it concerns; the task's counterparty, when given, must be the appeal's. */
  appealId?: InputMaybe<Scalars['ID']['input']>;
  /** The employees it is assigned to: 1 to 20 active employees, each once. */
  assigneeIds: Array<Scalars['ID']['input']>;
  /**
   * The claim it concerns (a task of its investigation plan); the task's counterparty, when given,
   * must be the claim's. A closed claim takes no open task (INVALID_STATE).
   */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** The contact card it concerns. */
  contactCardId?: InputMaybe<Scalars['ID']['input']>;
  /** The counterparty it concerns. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** The deal it concerns; the task's counterparty, when given, must be the deal's. */
  dealId?: InputMaybe<Scalars['ID']['input']>;
  /** Details; at most 5000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is due. */
  dueAt: Scalars['DateTime']['input'];
  /** Key in an external system, unique; at most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Default NORMAL. */
  importance?: InputMaybe<Importance>;
  /** When to remind the assignees; not after `dueAt`. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What is to be done; required, at most 2000 characters. */
  title: Scalars['String']['input'];
};

/** A new time entry. */
export type CreateTimeEntryInput = {
  /** What was done, at most 2000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The counterparty the time was spent on. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** The day, in the employee's time zone. */
  date: Scalars['LocalDate']['input'];
  /** Who worked; default the employee of the API key. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Minutes, 1 to 1440. */
  minutes: Scalars['Int']['input'];
};

/** A new TYPICAL agreement. */
export type CreateTypicalAgreementInput = {
  /** Id in an external system; must not belong to another agreement. At most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Discounts per product group. */
  groupDiscounts?: InputMaybe<Array<GroupDiscountInput>>;
  /** Name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** The segment of partners it is for, at most 200 characters. */
  segment: Scalars['String']['input'];
  /** Its terms. */
  terms?: InputMaybe<AgreementTermsInput>;
};

/** A new webhook. */
export type CreateWebhookInput = {
  /** What it is for, at most 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The kinds of change it wants; omitted or null: every kind. */
  kinds?: InputMaybe<Array<ChangeKind>>;
  /** The topics it wants; at least one. */
  topics: Array<ChangeTopic>;
  /** An http or https URL, at most 2000 characters. */
  url: Scalars['String']['input'];
};

/** An amount in one currency. */
export type CurrencyAmount = {
  __typename?: 'CurrencyAmount';
  /** The amount. */
  amount: Scalars['Decimal']['output'];
  /** The currency. */
  currency: Scalars['Currency']['output'];
};

/** A deal of the sales funnel. */
export type Deal = Audited & Node & {
  __typename?: 'Deal';
  /** Its expected worth, in `currency`. */
  amount: Maybe<Scalars['Decimal']['output']>;
  /** The employee the deal is assigned to. */
  assignedEmployee: Maybe<Employee>;
  /** The marketing campaign the deal came from. */
  campaign: Maybe<Campaign>;
  /** When it reached RESULT; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The funnel column. */
  column: DealColumn;
  /** The contact card (a lead) the deal is with, until the card is converted: its deals then become its counterparty's. */
  contactCard: Maybe<ContactCard>;
  /** The contract signed; one of the counterparty's. */
  contract: Maybe<Contract>;
  /** The counterparty the deal is with; null while it is a contact card's (a lead's). */
  counterparty: Maybe<Counterparty>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The currency of `amount`. */
  currency: Maybe<Scalars['Currency']['output']>;
  /** When it is expected to close. */
  expectedDate: Maybe<Scalars['LocalDate']['output']>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Whether it is in CONTACT_1, CONTACT_2 or CONTACT_3 and silent (see `silentSince`) for more than FOLLOW_UP_DAYS days now: time to remind them. */
  followUpDue: Scalars['Boolean']['output'];
  /** Every change to this deal, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Where the counterparty learned about the company. */
  informationSource: Maybe<InformationSource>;
  /** When it last moved (created, moved between columns, changed stage, reopened). */
  lastMovedAt: Scalars['DateTime']['output'];
  /** Why it was lost; set with LOST only. */
  lostReason: Maybe<LostReason>;
  /** Its history, oldest first: creation and every move, with time and author. */
  moves: Array<DealMove>;
  /** What is being sold. */
  name: Scalars['String']['output'];
  /** The orders it brought, in the order they were linked. */
  orders: Array<Order>;
  /** When the assigned employee is reminded of it, while it is open: a notification (`Viewer.notifications`) at that time. */
  remindAt: Maybe<Scalars['DateTime']['output']>;
  /** How it ended; set in RESULT only. */
  result: Maybe<DealResult>;
  /** The latest of its last move and the last DONE chronicle entry of its counterparty: since when it has been silent. */
  silentSince: Scalars['DateTime']['output'];
  /** The sales-cycle stage. */
  stage: DealStage;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the deal. */
  version: Scalars['Int']['output'];
};


/** A deal of the sales funnel. */
export type DealhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The columns of the sales funnel (the six-column scheme), in order. */
export type DealColumn =
  /** The first follow-up contact. */
  | 'CONTACT_1'
  /** The second follow-up contact. */
  | 'CONTACT_2'
  /** The third follow-up contact. */
  | 'CONTACT_3'
  /** It showed interest: asked for information, a price list or a meeting. */
  | 'INTERESTED'
  /** A possible buyer, from a list, an advert, a fair. */
  | 'PROSPECT'
  /** It ended, with a `DealResult`. */
  | 'RESULT';

/** A page of deals. */
export type DealConnection = {
  __typename?: 'DealConnection';
  /** The deals of this page with their cursors. */
  edges: Array<DealEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of deals matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A deal with its cursor. */
export type DealEdge = {
  __typename?: 'DealEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The deal. */
  node: Deal;
};

/** Conditions on deals; all given conditions must hold. An empty list matches nothing. */
export type DealFilter = {
  /** Only deals assigned to this employee. */
  assignedEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the deals that came from this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only deals in one of these columns. */
  columns?: InputMaybe<Array<DealColumn>>;
  /** Only this counterparty's deals. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only deals expected on or after this day. */
  expectedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only deals expected on or before this day. */
  expectedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only deals due for a reminder (true) or only those that are not (false); see `Deal.followUpDue`. */
  followUpDue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only deals with this result. */
  result?: InputMaybe<DealResult>;
  /** Only deals at one of these stages. */
  stages?: InputMaybe<Array<DealStage>>;
};

/**
 * A deal to load. Fields left out keep their stored value and null clears an optional one; a new
 * deal needs `counterpartyExternalId` and `name`.
 */
export type DealImportRow = {
  /** Its expected worth. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The employee it is assigned to, by e-mail; an active employee. */
  assignedEmployeeEmail?: InputMaybe<Scalars['String']['input']>;
  /** The campaign it came from, by `externalId`; an empty string takes it off. */
  campaignExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Its column: for a new deal (PROSPECT when left out); a stored deal's must be the one it has. */
  column?: InputMaybe<DealColumn>;
  /** The counterparty, by `externalId`; required for a new deal, and a stored deal keeps its counterparty. */
  counterpartyExternalId?: InputMaybe<Scalars['String']['input']>;
  /** The currency of the amount. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** When it is expected to close. */
  expectedDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** The information source, by name. */
  informationSourceName?: InputMaybe<Scalars['String']['input']>;
  /** Why a new LOST deal was lost, by name (required with LOST). */
  lostReasonName?: InputMaybe<Scalars['String']['input']>;
  /** What is being sold; required for a new deal. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** When the assigned employee is reminded of it, while it is open: a notification (`Viewer.notifications`) at that time. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Its result: for a new deal in RESULT (required there); a stored deal's must be the one it has. */
  result?: InputMaybe<DealResult>;
  /** Its stage: for a new deal (NEEDS when left out); a stored deal's must be the one it has. */
  stage?: InputMaybe<DealStage>;
};

/** One row of a deal's history. */
export type DealMove = {
  __typename?: 'DealMove';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** The column before; null for the creation. */
  fromColumn: Maybe<DealColumn>;
  /** The stage before; null for the creation. */
  fromStage: Maybe<DealStage>;
  /** What happened. */
  kind: DealMoveKind;
  /** The reason, for a move to LOST. */
  lostReason: Maybe<LostReason>;
  /** The employee whose key made it; null for a key of no employee, and for a creation by import. */
  movedBy: Maybe<Employee>;
  /** Number of the API key that made it, as `ApiKey.number` and `npm run apikey -- list` show it; null for a creation by import. */
  movedByApiKeyNumber: Maybe<Scalars['Int']['output']>;
  /** A comment, or why the deal was reopened. */
  note: Maybe<Scalars['String']['output']>;
  /** The result reached, for a move to RESULT. */
  result: Maybe<DealResult>;
  /** The column after. */
  toColumn: DealColumn;
  /** The stage after. */
  toStage: DealStage;
};

/** What a row of a deal's history records. */
export type DealMoveKind =
  /** It moved between columns. */
  | 'COLUMN'
  /** The deal was created (or imported) where it started. */
  | 'CREATED'
  /** It was brought back out of RESULT. */
  | 'REOPENED'
  /** Its stage changed. */
  | 'STAGE';

/** The answer to a change of a deal. */
export type DealPayload = {
  __typename?: 'DealPayload';
  /** The deal as saved; null when `userErrors` is not empty. */
  deal: Maybe<Deal>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** How a deal in RESULT ended. */
export type DealResult =
  /** Lost, with a `LostReason`. */
  | 'LOST'
  /** Nothing yet; still a prospect for later. */
  | 'STILL_PROSPECT'
  /** A contract was signed. */
  | 'WON_CONTRACT'
  /** A purchase was made. */
  | 'WON_PURCHASE';

/** The sales-cycle stage of a deal, in order. */
export type DealStage =
  /** Its needs are being made clear. */
  | 'NEEDS'
  /** Terms are negotiated. */
  | 'NEGOTIATION'
  /** An offer was made. */
  | 'OFFER'
  /** It is being ordered. */
  | 'ORDER'
  /** A request for quotation came. */
  | 'RFQ';

/** Which appeal type to delete. */
export type DeleteAppealTypeInput = {
  /** The type. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of an appeal type. */
export type DeleteAppealTypePayload = {
  __typename?: 'DeleteAppealTypePayload';
  /** Id of the deleted type; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Which attachment to delete. */
export type DeleteAttachmentInput = {
  /** Global id of the attachment. */
  id: Scalars['ID']['input'];
};

/** The result of deleting an attachment. */
export type DeleteAttachmentPayload = {
  __typename?: 'DeleteAttachmentPayload';
  /** Global id of the deleted attachment. */
  deletedAttachmentId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted. */
  userErrors: Array<UserError>;
};

/** Which campaign group to delete. */
export type DeleteCampaignGroupInput = {
  /** The group. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of a campaign group. */
export type DeleteCampaignGroupPayload = {
  __typename?: 'DeleteCampaignGroupPayload';
  /** Id of the deleted group; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Which claim cause to delete. */
export type DeleteClaimCauseInput = {
  /** The cause. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of a claim cause. */
export type DeleteClaimCausePayload = {
  __typename?: 'DeleteClaimCausePayload';
  /** Id of the deleted cause; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Which contact card group to delete. */
export type DeleteContactCardGroupInput = {
  /** The group. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of a contact card group. */
export type DeleteContactCardGroupPayload = {
  __typename?: 'DeleteContactCardGroupPayload';
  /** Id of the deleted group; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Which group to delete. */
export type DeleteCounterpartyGroupInput = {
  /** The group. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of a group. */
export type DeleteCounterpartyGroupPayload = {
  __typename?: 'DeleteCounterpartyGroupPayload';
  /** Id of the deleted group; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Which object to delete. */
export type DeleteCounterpartyObjectInput = {
  /** The object. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of an object. */
export type DeleteCounterpartyObjectPayload = {
  __typename?: 'DeleteCounterpartyObjectPayload';
  /** Id of the deleted object; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Which price to delete. */
export type DeletePriceInput = {
  /** The price. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of a price. */
export type DeletePricePayload = {
  __typename?: 'DeletePricePayload';
  /** Id of the deleted price; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Which product group to delete. */
export type DeleteProductGroupInput = {
  /** The group. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of a product group. */
export type DeleteProductGroupPayload = {
  __typename?: 'DeleteProductGroupPayload';
  /** Id of the deleted group; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Which folder to delete. */
export type DeleteServiceCardGroupInput = {
  /** The folder. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of a folder of the service journal. */
export type DeleteServiceCardGroupPayload = {
  __typename?: 'DeleteServiceCardGroupPayload';
  /** Id of the deleted folder; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** Which time entry to delete. */
export type DeleteTimeEntryInput = {
  /** The entry. */
  id: Scalars['ID']['input'];
};

/** The answer to a deletion of a time entry. */
export type DeleteTimeEntryPayload = {
  __typename?: 'DeleteTimeEntryPayload';
  /** Id of the deleted entry; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** The webhook to delete. */
export type DeleteWebhookInput = {
  /** The webhook. */
  id: Scalars['ID']['input'];
};

/** The answer to `deleteWebhook`. */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** The id of the webhook deleted; null when `userErrors` is not empty. */
  deletedWebhookId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  userErrors: Array<UserError>;
};

/** A unit of the company's structure. */
export type Department = Node & {
  __typename?: 'Department';
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name; unique among departments. */
  name: Scalars['String']['output'];
  /** Department this one belongs to. */
  parent: Maybe<Department>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of departments. */
export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  /** The departments of this page with their cursors. */
  edges: Array<DepartmentEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of departments across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A department with its cursor. */
export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  /** Cursor to page from this department. */
  cursor: Scalars['String']['output'];
  /** The department. */
  node: Department;
};

/** The answer to a change of a department. */
export type DepartmentPayload = {
  __typename?: 'DepartmentPayload';
  /** The department as saved; null when `userErrors` is not empty. */
  department: Maybe<Department>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A key a card shares with another record. */
export type DuplicateKey = {
  __typename?: 'DuplicateKey';
  /** What kind of key. */
  kind: DuplicateKeyKind;
  /** The key as compared: a phone's digits, an e-mail in lower case, a tax number without separators. */
  value: Scalars['String']['output'];
};

/** Which kind of key two records share. */
export type DuplicateKeyKind =
  /** An e-mail address, compared regardless of case. */
  | 'EMAIL'
  /** A phone number, compared by its digits. */
  | 'PHONE'
  /** A tax number, compared without spaces, dots and dashes, regardless of case. */
  | 'TAX_NUMBER';

/** An e-mail address. */
export type Email = {
  __typename?: 'Email';
  /** The address. */
  address: Scalars['EmailAddress']['output'];
  /** Kind of address. */
  kind: ContactKind;
  /** Note, e.g. whose address it is. */
  note: Maybe<Scalars['String']['output']>;
};

/** An e-mail address to save. */
export type EmailInput = {
  /** The address. */
  address: Scalars['EmailAddress']['input'];
  /** Kind of address. Default WORK. */
  kind?: InputMaybe<ContactKind>;
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** An e-mail the system sent (or is sending): what went out and what became of it. */
export type EmailMessage = {
  __typename?: 'EmailMessage';
  /** The files sent with it that are still stored. */
  attachments: Array<Attachment>;
  /** Attempts made to send it. */
  attempts: Scalars['Int']['output'];
  /** The text of the message. */
  body: Scalars['String']['output'];
  /** Copy recipients' addresses. */
  cc: Array<Scalars['String']['output']>;
  /** When it was written (queued). */
  createdAt: Scalars['DateTime']['output'];
  /** Why the last attempt failed; null once sent. */
  error: Maybe<Scalars['String']['output']>;
  /** The sender (SMTP_FROM when it was written). */
  from: Scalars['String']['output'];
  /** The HTML version, when one was sent. */
  html: Maybe<Scalars['String']['output']>;
  /** Its `Message-ID` header, `<...>`: the same on every attempt, so a reply can be matched to it. */
  messageId: Scalars['String']['output'];
  /** When the SMTP server took it; null until then. */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** What the SMTP server answered when it took it. */
  smtpResponse: Maybe<Scalars['String']['output']>;
  /** Where it stands. */
  status: EmailStatus;
  /** The subject. */
  subject: Scalars['String']['output'];
  /** Recipients' addresses. */
  to: Array<Scalars['String']['output']>;
};

/** Where an e-mail sent by the system stands. */
export type EmailStatus =
  /** Not sent: its last attempt failed (see `error`). */
  | 'FAILED'
  /** Waiting to be sent: not tried yet, or tried and to be tried again (see `attempts` and `error`). */
  | 'QUEUED'
  /** Taken by the SMTP server. */
  | 'SENT';

/** A person working for the company: the responsible employee of counterparties and contacts. */
export type Employee = Node & {
  __typename?: 'Employee';
  /** Whether the employee still works here; inactive employees cannot be assigned new work. */
  active: Scalars['Boolean']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Department the employee belongs to. */
  department: Maybe<Department>;
  /** Work e-mail; unique among employees. */
  email: Scalars['EmailAddress']['output'];
  /** Whether the employee's notifications (reminders) are also e-mailed to `email`, when the server sends e-mail (SMTP_URL). */
  emailNotifications: Scalars['Boolean']['output'];
  /** Full name as it is shown. */
  fullName: Scalars['String']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Work phone. */
  phone: Maybe<Scalars['String']['output']>;
  /** Job title. */
  position: Maybe<Scalars['String']['output']>;
  /** The OPEN tasks assigned to the employee, earliest due first. */
  tasks: Array<Task>;
  /** IANA time zone the employee works in, e.g. `Europe/Kyiv`; calendars are computed in it. */
  timeZone: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of employees. */
export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  /** The employees of this page with their cursors. */
  edges: Array<EmployeeEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of employees matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An employee with its cursor. */
export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  /** Cursor to page from this employee. */
  cursor: Scalars['String']['output'];
  /** The employee. */
  node: Employee;
};

/** Conditions on employees; all given conditions must hold. */
export type EmployeeFilter = {
  /** Only active (true) or only inactive (false) employees. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only employees of this department. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name or e-mail, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The answer to a change of an employee. */
export type EmployeePayload = {
  __typename?: 'EmployeePayload';
  /** The employee as saved; null when `userErrors` is not empty. */
  employee: Maybe<Employee>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** One field of a record changed: its value before and after. */
export type FieldChange = {
  __typename?: 'FieldChange';
  /** The field's name as stored, in camelCase (`legalName`, `responsibleEmployeeId`); a reference is named by its id field and holds a database id, not a global id. */
  field: Scalars['String']['output'];
  /** The value after the change, as JSON; null when cleared or the record was deleted. */
  newValue: Maybe<Scalars['JSON']['output']>;
  /** The value before the change, as JSON (a number, a string, an ISO date or instant, a list, an object); null when there was none or the record was created. */
  oldValue: Maybe<Scalars['JSON']['output']>;
};

/** Which card's schedule to generate. */
export type GenerateServiceScheduleInput = {
  /** The card. */
  cardId: Scalars['ID']['input'];
  /** The version you read; when given, a different current version is a CONFLICT and nothing changes. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** A discount (or, negative, markup) for one product group. */
export type GroupDiscount = {
  __typename?: 'GroupDiscount';
  /** Discount in percent; negative is a markup. */
  discountPercent: Scalars['Decimal']['output'];
  /** Whether the row comes from the base agreement rather than this one. */
  inherited: Scalars['Boolean']['output'];
  /** The product group. */
  productGroup: ProductGroup;
};

/** A product group's discount. */
export type GroupDiscountInput = {
  /** Discount in percent, -100 to 100, at most 2 decimal places; negative is a markup. */
  discountPercent: Scalars['Decimal']['input'];
  /** Global id of the product group; each group at most once per list. */
  productGroupId: Scalars['ID']['input'];
};

/** One change to one record, as the audit log keeps it. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** The API key the change was made with; shown to an ADMIN key only (null for any other), and null for changes made by scripts and jobs. */
  apiKey: Maybe<ApiKey>;
  /** Number of that API key (as `npm run apikey -- list` shows it); null for changes made by scripts and jobs. */
  apiKeyNumber: Maybe<Scalars['Int']['output']>;
  /** The fields that changed, each with its value before and after, in field name order. Bookkeeping (version, updatedAt, search columns) is never listed. */
  changes: Array<FieldChange>;
  /** The counterparty the record belongs to, when it belongs to one (a counterparty's own changes: itself). */
  counterparty: Maybe<Counterparty>;
  /** The employee the key acted for, if it acts for one. */
  employee: Maybe<Employee>;
  /** When the change was made: the start of the transaction that made it (every record one mutation or import chunk wrote carries the same instant). */
  occurredAt: Scalars['DateTime']['output'];
  /** What the change did. */
  operation: HistoryOperation;
  /** The record as it is now; null once deleted. */
  record: Maybe<Node>;
  /** Global id of the record changed (it may since have been deleted). */
  recordId: Scalars['ID']['output'];
  /** The GraphQL type of the record changed: `Counterparty`, `Order`, ... */
  recordType: Scalars['String']['output'];
};

/** A page of audit log entries. */
export type HistoryEntryConnection = {
  __typename?: 'HistoryEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<HistoryEntryEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of entries matching, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An audit log entry with its cursor. */
export type HistoryEntryEdge = {
  __typename?: 'HistoryEntryEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: HistoryEntry;
};

/** What a change did to its record. */
export type HistoryOperation =
  /** The record was archived (its `archivedAt` set). */
  | 'ARCHIVE'
  /** The record was created; every field it was created with is a change from null. */
  | 'CREATE'
  /** The record was deleted; every field it held is a change to null. */
  | 'DELETE'
  /** The record was restored from the archive (its `archivedAt` cleared). */
  | 'RESTORE'
  /** The record moved to another status (a deal: another stage), maybe with other fields. */
  | 'STATUS'
  /** Fields of the record were changed (none of those the other operations name). */
  | 'UPDATE';

/** Appeals to load. */
export type ImportAppealsInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<AppealImportRow>;
};

/** Campaign participants to load. */
export type ImportCampaignParticipantsInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<CampaignParticipantImportRow>;
};

/** Campaigns to load. */
export type ImportCampaignsInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<CampaignImportRow>;
};

/** Chronicle entries to load. */
export type ImportChronicleEntriesInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<ChronicleEntryImportRow>;
};

/** Claims to load. */
export type ImportClaimsInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<ClaimImportRow>;
};

/** Contact cards to load. */
export type ImportContactCardsInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<ContactCardImportRow>;
};

/** Counterparties to load. */
export type ImportCounterpartiesInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * Makes the call safe to retry: a later call with the same key (from the same API key) gets the
   * stored answer of the first completed one, and writes nothing. Reusing a key for different rows is
   * a CONFLICT. At most 200 characters.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<CounterpartyImportRow>;
};

/** Deals to load. */
export type ImportDealsInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<DealImportRow>;
};

/** What an import does with a row whose key already exists. */
export type ImportMode =
  /**
   * Create new rows only. An existing row equal to the one sent is UNCHANGED (so a re-run is safe);
   * one that differs is FAILED with DUPLICATE.
   */
  | 'CREATE_ONLY'
  /** Create new rows and update existing ones. */
  | 'UPSERT';

/** Obligations to load. */
export type ImportObligationsInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<ObligationImportRow>;
};

/**
 * The answer of an import: one result per row sent, in order, and the totals. Rows are written in
 * chunks, each in its own transaction, unless the call was atomic.
 */
export type ImportPayload = {
  __typename?: 'ImportPayload';
  /** Rows created. */
  created: Scalars['Int']['output'];
  /** Rows refused. */
  failed: Scalars['Int']['output'];
  /** True when this is the stored answer of an earlier call with the same `idempotencyKey`; nothing was written now. */
  replayed: Scalars['Boolean']['output'];
  /** One result per row, in the order sent. */
  rows: Array<ImportRowResult>;
  /** Valid rows not written because an atomic call had failures. */
  skipped: Scalars['Int']['output'];
  /** Rows that already held these values. */
  unchanged: Scalars['Int']['output'];
  /** Rows updated. */
  updated: Scalars['Int']['output'];
};

/** Persons to load. */
export type ImportPersonsInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<PersonImportRow>;
};

/** Prices to load. */
export type ImportPricesInput = {
  /** All rows or none. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<PriceImportRow>;
};

/** Products to load. */
export type ImportProductsInput = {
  /** All rows or none. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<ProductImportRow>;
};

/** The outcome of one row. */
export type ImportRowResult = {
  __typename?: 'ImportRowResult';
  /** Why a FAILED row was refused, each with its field path from `input`, e.g. `["input", "rows", "3", "name"]`. */
  errors: Array<UserError>;
  /** The row's `externalId` (for prices, the product's). */
  externalId: Maybe<Scalars['String']['output']>;
  /** Global id of the record written or matched; null for a FAILED or SKIPPED new row. */
  id: Maybe<Scalars['ID']['output']>;
  /** Position of the row in `rows`, from 0. */
  index: Scalars['Int']['output'];
  /** What happened. */
  status: ImportRowStatus;
};

/** What happened to one row of an import. */
export type ImportRowStatus =
  /** The row was new and was written. */
  | 'CREATED'
  /** The row was refused; `errors` says why. Nothing of it was written. */
  | 'FAILED'
  /** The row was valid but not written, because the call was atomic and another row failed. */
  | 'SKIPPED'
  /** The row existed with exactly these values; nothing was written. */
  | 'UNCHANGED'
  /** The row existed, differed and was updated. */
  | 'UPDATED';

/** Service cards to load. */
export type ImportServiceCardsInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<ServiceCardImportRow>;
};

/** Tasks to load. */
export type ImportTasksInput = {
  /** All rows or none: when any row fails, nothing is written and the valid rows are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The rows, 1 to 5,000. */
  rows: Array<TaskImportRow>;
};

/** A vCard file to load. */
export type ImportVCardsInput = {
  /** All cards or none: when any card fails, nothing is written and the valid cards are SKIPPED. Default false. */
  atomic?: InputMaybe<Scalars['Boolean']['input']>;
  /**
   * The counterparty the persons work at: each card's ORG is taken as it, and its TITLE and ROLE
   * become the person's current position here (added, or the current one here changed). Without
   * it ORG, TITLE and ROLE are not read.
   */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** See `ImportCounterpartiesInput.idempotencyKey`. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Default UPSERT. */
  mode?: InputMaybe<ImportMode>;
  /** The file's text: BEGIN:VCARD … END:VCARD blocks, 1 to 5,000 of them. */
  text: Scalars['String']['input'];
};

/** How much a counterparty or contact matters. */
export type Importance =
  /** Key: watched closely. */
  | 'KEY'
  /** Low: minor. */
  | 'LOW'
  /** Normal. */
  | 'NORMAL';

/** A date worth remembering about a person. */
export type ImportantDate = {
  __typename?: 'ImportantDate';
  /** The date. */
  date: Scalars['LocalDate']['output'];
  /** What the date is, e.g. `Name day`. */
  label: Scalars['String']['output'];
};

/** A date worth remembering, to save. */
export type ImportantDateInput = {
  /** The date. */
  date: Scalars['LocalDate']['input'];
  /** What the date is, at most 100 characters. */
  label: Scalars['String']['input'];
};

/** Where a counterparty or contact learned about the company: an advert, an exhibition, a referral. */
export type InformationSource = Node & {
  __typename?: 'InformationSource';
  /** Whether the source can be chosen for new records. */
  active: Scalars['Boolean']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Longer explanation. */
  description: Maybe<Scalars['String']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name; unique among sources. */
  name: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of information sources. */
export type InformationSourceConnection = {
  __typename?: 'InformationSourceConnection';
  /** The sources of this page with their cursors. */
  edges: Array<InformationSourceEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of sources matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An information source with its cursor. */
export type InformationSourceEdge = {
  __typename?: 'InformationSourceEdge';
  /** Cursor to page from this source. */
  cursor: Scalars['String']['output'];
  /** The source. */
  node: InformationSource;
};

/** The answer to a change of an information source. */
export type InformationSourcePayload = {
  __typename?: 'InformationSourcePayload';
  /** The source as saved; null when `userErrors` is not empty. */
  informationSource: Maybe<InformationSource>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a participant's invitation stands. */
export type InvitationStatus =
  /** Took part. */
  | 'ATTENDED'
  /** Confirmed they will take part. */
  | 'CONFIRMED'
  /** Declined. */
  | 'DECLINED'
  /** Invited, no answer yet. */
  | 'INVITED';

/** A frequent question and its answer. */
export type KnowledgeArticle = Node & {
  __typename?: 'KnowledgeArticle';
  /** The answer. */
  answer: Scalars['String']['output'];
  /** The appeal type it answers. */
  appealType: Maybe<AppealType>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The product it is about. */
  product: Maybe<Product>;
  /** The question. */
  question: Scalars['String']['output'];
  /** Tags, lower-case. */
  tags: Array<Scalars['String']['output']>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the article. */
  version: Scalars['Int']['output'];
};

/** A page of knowledge-base articles. */
export type KnowledgeArticleConnection = {
  __typename?: 'KnowledgeArticleConnection';
  /** The articles of this page with their cursors. */
  edges: Array<KnowledgeArticleEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of articles matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A knowledge-base article with its cursor. */
export type KnowledgeArticleEdge = {
  __typename?: 'KnowledgeArticleEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: KnowledgeArticle;
};

/** Conditions on knowledge-base articles; all given conditions must hold. */
export type KnowledgeArticleFilter = {
  /** Only articles of this appeal type or the types below it. */
  appealTypeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles about this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Words or a fragment of the question or answer, 2 to 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only articles with all these tags (regardless of case). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The answer to a change of a knowledge-base article. */
export type KnowledgeArticlePayload = {
  __typename?: 'KnowledgeArticlePayload';
  /** The article as saved; null when `userErrors` is not empty. */
  article: Maybe<KnowledgeArticle>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A deal and one order. */
export type LinkDealOrderInput = {
  /** The deal. */
  dealId: Scalars['ID']['input'];
  /** The order. */
  orderId: Scalars['ID']['input'];
};

/** A reason deals are lost. */
export type LostReason = Node & {
  __typename?: 'LostReason';
  /** Whether it can be given to deals lost from now on. */
  active: Scalars['Boolean']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name; unique among reasons, whatever the case. */
  name: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the reason. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of a lost reason. */
export type LostReasonPayload = {
  __typename?: 'LostReasonPayload';
  /** The reason as saved; null when `userErrors` is not empty. */
  lostReason: Maybe<LostReason>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** One employee's figures in the manager performance report. */
export type ManagerPerformanceRow = {
  __typename?: 'ManagerPerformanceRow';
  /** Claims registered in the period that name the employee as the employee at fault (`Claim.employeeAtFault`), whatever their status. */
  claimsAgainst: Scalars['Int']['output'];
  /** Minutes recorded on those contacts (`durationMinutes`). */
  contactMinutes: Scalars['Int']['output'];
  /** Chronicle entries DONE in the period that the employee is responsible for (calls, meetings, e-mails, visits, ...). */
  contactsMade: Scalars['Int']['output'];
  /** Deals assigned to the employee that reached a won result (WON_CONTRACT or WON_PURCHASE) in the period and still have it. */
  dealsWon: Scalars['Int']['output'];
  /** Their amounts, per currency, by currency code; deals without an amount count in `dealsWon` only. */
  dealsWonAmounts: Array<CurrencyAmount>;
  /** The employee. */
  employee: Employee;
  /**
   * POSTED orders dated in the period that are the employee's: those linked to a deal assigned to
   * the employee, and the orders in no deal (or in a deal assigned to nobody) of the counterparties
   * the employee is responsible for.
   */
  orders: Scalars['Int']['output'];
  /** OPEN tasks assigned to the employee that were due on a day before today (in `timeZone`), whatever the period. */
  overdueTasks: Scalars['Int']['output'];
  /** Revenue: the totals of those orders, per currency, by currency code. */
  revenue: Array<CurrencyAmount>;
};

/** Which notifications to mark read. */
export type MarkNotificationsReadInput = {
  /** Every unread notification of the viewer's. */
  all?: InputMaybe<Scalars['Boolean']['input']>;
  /** Notification ids, at most 1000. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** The answer to `markNotificationsRead`. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** The notifications marked, now read; empty when `userErrors` is not empty. */
  notifications: Array<Notification>;
  /** Why nothing was marked; empty on success. */
  userErrors: Array<UserError>;
};

/** Where an appeal type moves. */
export type MoveAppealTypeInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The type. */
  id: Scalars['ID']['input'];
  /** The new parent; null moves the type to the top. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a campaign group moves. */
export type MoveCampaignGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The group. */
  id: Scalars['ID']['input'];
  /** The new parent; null moves the group to the top. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a claim cause moves. */
export type MoveClaimCauseInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The cause. */
  id: Scalars['ID']['input'];
  /** The new parent; null moves the cause to the top. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a contact card group moves. */
export type MoveContactCardGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The group. */
  id: Scalars['ID']['input'];
  /** The new parent; null moves the group to the top. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a group moves. */
export type MoveCounterpartyGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The group. */
  id: Scalars['ID']['input'];
  /** The new parent; null moves the group to the top. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A move of a deal to another column. */
export type MoveDealInput = {
  /** Where it goes; see `moveDeal` for the moves allowed. */
  column: DealColumn;
  /** The contract signed, with WON_CONTRACT: one of the counterparty's. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The deal. */
  id: Scalars['ID']['input'];
  /** Why it was lost: required with LOST (an active reason), refused otherwise. */
  lostReasonId?: InputMaybe<Scalars['ID']['input']>;
  /** A comment kept with the move, at most 2000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** How it ended: required to move to RESULT, refused otherwise. */
  result?: InputMaybe<DealResult>;
};

/** Where a product group moves. */
export type MoveProductGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The group. */
  id: Scalars['ID']['input'];
  /** The new parent; null moves the group to the top. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a folder moves. */
export type MoveServiceCardGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The folder. */
  id: Scalars['ID']['input'];
  /** The new parent; null moves the folder to the top. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Activates a DRAFT agreement; its effective terms must name a price type and a currency. */
  activateAgreement: AgreementPayload;
  /** Records an expense of a campaign, in the campaign's currency. */
  addCampaignExpense: CampaignExpensePayload;
  /** Adds a material to a campaign. */
  addCampaignMaterial: CampaignMaterialPayload;
  /** Adds a participant: a counterparty or a person, each at most once per campaign. */
  addCampaignParticipant: CampaignParticipantPayload;
  /**
   * Records a revenue of a campaign, in the campaign's currency. A revenue from an order names a
   * POSTED order in the campaign's currency of a counterparty that takes part in the campaign or came
   * from its information source; its amount defaults to the order's total and may not exceed it, and
   * an order counts towards a campaign once.
   */
  addCampaignRevenue: CampaignRevenuePayload;
  /** Adds a person to a card: an existing person of the dossier, or a new one given inline. */
  addContactCardPerson: ContactCardPayload;
  /** Adds a visit to a card's schedule by hand; a schedule with such a visit is no longer generated. */
  addServiceVisit: ServiceVisitPayload;
  /** Archives a card: it leaves everyday lists and is no longer anyone's duplicate; it stays readable. */
  archiveContactCard: ContactCardPayload;
  /** Archives a counterparty: it stays with its history but leaves default lists. */
  archiveCounterparty: CounterpartyPayload;
  /** Archives a person: the dossier stays with its history but leaves default lists. */
  archivePerson: PersonPayload;
  /** Archives a product: it stays with its history but leaves default lists. */
  archiveProduct: ProductPayload;
  /** Archives a service card: it leaves the default lists and `Counterparty.serviceCards`, its visits are kept. */
  archiveServiceCard: ServiceCardPayload;
  /** Hands an open appeal to a department and/or an employee; the handover goes into its chronicle. */
  assignAppeal: AppealPayload;
  /** Cancels a planned entry. An entry that is already done or cancelled is an INVALID_STATE user error. */
  cancelChronicleEntry: ChronicleEntryPayload;
  /** Cancels a DRAFT or ACTIVE contract and the open obligations generated from it. */
  cancelContract: ContractPayload;
  /** Cancels an open or partly fulfilled obligation. */
  cancelObligation: ObligationPayload;
  /** Cancels a DRAFT order, or a POSTED one with nothing shipped or paid. */
  cancelOrder: OrderPayload;
  /** Marks an open task CANCELLED; its reminder is dropped. */
  cancelTask: TaskPayload;
  /**
   * Moves an appeal to another status: NEW → IN_PROGRESS, WAITING_FOR_CLIENT, RESOLVED, REJECTED;
   * IN_PROGRESS ↔ WAITING_FOR_CLIENT, either → RESOLVED or REJECTED; RESOLVED → CLOSED, or back to
   * IN_PROGRESS; CLOSED and REJECTED are final. Any other move is INVALID_STATE naming both states.
   * RESOLVED needs a `resolution`. The change goes into its chronicle.
   */
  changeAppealStatus: AppealPayload;
  /**
   * Moves a campaign along its way: PLANNED → RUNNING or CANCELLED; RUNNING → FINISHED or CANCELLED;
   * CANCELLED → PLANNED (reinstated). FINISHED is final. Any other move is INVALID_STATE on `status`.
   */
  changeCampaignStatus: CampaignPayload;
  /**
   * Moves a claim along its way: REGISTERED → INVESTIGATING, SATISFIED, PARTLY_SATISFIED, REJECTED,
   * WITHDRAWN; INVESTIGATING → SATISFIED, PARTLY_SATISFIED, REJECTED, WITHDRAWN. A closed claim
   * (SATISFIED, PARTLY_SATISFIED, REJECTED, WITHDRAWN) changes only through `reopenClaim`; any other
   * move is INVALID_STATE on `status`. Closing as SATISFIED, PARTLY_SATISFIED or REJECTED needs a
   * `result`; WITHDRAWN needs none (the counterparty withdrew it; `result` may hold its reason).
   * A claim is not closed while a task of its investigation plan is open: any OPEN `Task` linked to
   * the claim (`Claim.tasks`), however it was made: INVALID_STATE on `status` naming the open tasks.
   * The change is an EVENT of its chronicle, written in the same transaction.
   */
  changeClaimStatus: ClaimPayload;
  /** Changes a deal's sales-cycle stage to any other stage (stages may be revisited); not for a deal in RESULT. Recorded in `Deal.moves`. */
  changeDealStage: DealPayload;
  /** Closes an ACTIVE agreement: no new order may use it (nor, for a TYPICAL one, the individual agreements made from it). */
  closeAgreement: AgreementPayload;
  /** Closes an ACTIVE contract; its obligations stay as they are. */
  closeContract: ContractPayload;
  /** Marks a PLANNED visit MISSED or CANCELLED. */
  closeServiceVisit: ServiceVisitPayload;
  /** Marks a planned entry as done. An entry that is already done or cancelled is an INVALID_STATE user error. */
  completeChronicleEntry: ChronicleEntryPayload;
  /** Marks an open task DONE, with an optional result; its reminder is dropped. */
  completeTask: TaskPayload;
  /**
   * Converts a card into a counterparty, in one transaction: a new counterparty made from the card
   * (its company name or name, phones, e-mails, tax number, information source, responsible
   * employee, notes, with what the input adds), or an existing one (`counterpartyId`, e.g. the
   * duplicate found), whose own fields stay as they are. The card's persons become positions at the
   * counterparty and its whole chronicle becomes the counterparty's; the card keeps the link
   * (`ContactCard.convertedCounterparty`, `Counterparty.contactCard`). A converted card is not
   * converted again (INVALID_STATE on `id`); a stale `expectedVersion` is a CONFLICT; either way
   * nothing is written.
   */
  convertContactCard: ConvertContactCardPayload;
  /**
   * Issues a staff key for this API (ADMIN, MANAGER or VIEWER), optionally acting for an employee
   * and expiring at a given instant. The key itself is in the payload, shown only now. Needs an
   * ADMIN key.
   */
  createApiKey: CreateApiKeyPayload;
  /** Creates an appeal type. */
  createAppealType: AppealTypePayload;
  /**
   * Prepares an attachment whose bytes are sent apart from GraphQL: PUT them, raw, to `uploadUrl`
   * (no API key needed: the URL is signed), once, before `expiresAt`, exactly `size` of them; the PUT
   * answers the stored attachment as JSON. Needs a MANAGER key or better.
   */
  createAttachmentUploadUrl: AttachmentUploadUrlPayload;
  /**
   * Creates a campaign, PLANNED. Unless `informationSourceId` names an existing source, it creates
   * the information source the campaign stands for, named like the campaign, in the same transaction.
   */
  createCampaign: CampaignPayload;
  /** Creates a campaign group. */
  createCampaignGroup: CampaignGroupPayload;
  /** Registers a contact or event with a counterparty or a contact card, planned or already happened. */
  createChronicleEntry: ChronicleEntryPayload;
  /** Creates a claim cause. */
  createClaimCause: ClaimCausePayload;
  /**
   * Registers a contact card with as little as a name or a phone: everything else is optional. A
   * person given inline is created in the dossier and becomes the card's first person.
   */
  createContactCard: ContactCardPayload;
  /** Creates a contact card group. */
  createContactCardGroup: ContactCardGroupPayload;
  /** Creates a DRAFT contract with its specification; line amounts and the total are computed. */
  createContract: ContractPayload;
  /** Creates a contract template; an unknown placeholder in its body is an INVALID user error. */
  createContractTemplate: ContractTemplatePayload;
  /** Adds a counterparty. */
  createCounterparty: CounterpartyPayload;
  /** Adds a group to the tree. */
  createCounterpartyGroup: CounterpartyGroupPayload;
  /** Adds an object (site, equipment) served at a counterparty. */
  createCounterpartyObject: CounterpartyObjectPayload;
  /** Creates a deal of a counterparty; it starts in `column` (default PROSPECT, not RESULT) at `stage` (default NEEDS), and its history starts with its creation. */
  createDeal: DealPayload;
  /** Adds a department. */
  createDepartment: DepartmentPayload;
  /** Adds an employee. */
  createEmployee: EmployeePayload;
  /** Creates a counterparty's INDIVIDUAL agreement from a TYPICAL one; terms not given are inherited from it. It starts as DRAFT. */
  createIndividualAgreement: AgreementPayload;
  /** Adds an information source. */
  createInformationSource: InformationSourcePayload;
  /** Adds a question and its answer to the knowledge base. */
  createKnowledgeArticle: KnowledgeArticlePayload;
  /** Adds a reason deals are lost. */
  createLostReason: LostReasonPayload;
  /** Registers what the company or a counterparty owes. */
  createObligation: ObligationPayload;
  /** Creates a DRAFT order, with or without an agreement; references, quantities and decimals are checked, the agreement's terms only at posting. */
  createOrder: OrderPayload;
  /** Defines a typed parameter that every counterparty can carry. */
  createParameterDefinition: ParameterDefinitionPayload;
  /**
   * Issues a PARTNER key: it opens the partner portal (`/portal/graphql`) on one counterparty's data
   * and nothing else, and is refused on this API. The key itself is in the payload, shown only now.
   * Needs an ADMIN key.
   */
  createPartnerApiKey: CreatePartnerApiKeyPayload;
  /** Adds a person, with positions at counterparties. */
  createPerson: PersonPayload;
  /** Adds a price type (retail, wholesale, ...). */
  createPriceType: PriceTypePayload;
  /** Adds a product to the nomenclature. */
  createProduct: ProductPayload;
  /** Adds a group to the nomenclature tree. */
  createProductGroup: ProductGroupPayload;
  /** Creates a service card. */
  createServiceCard: ServiceCardPayload;
  /** Creates a folder of the service journal. */
  createServiceCardGroup: ServiceCardGroupPayload;
  /** Creates an OPEN task: a title, a due time and at least one assignee; links to what it concerns are optional. */
  createTask: TaskPayload;
  /** Records time an employee spent on a day. */
  createTimeEntry: TimeEntryPayload;
  /** Creates a TYPICAL agreement: the standard terms of a segment. It starts as DRAFT. */
  createTypicalAgreement: AgreementPayload;
  /**
   * Registers a URL to be told of changes: each change of the topics (and kinds) it wants is POSTed
   * to it as JSON, signed (see README, Webhooks), retried with exponential backoff until it is
   * taken (2xx). The secret the deliveries are signed with is in the payload, shown only now.
   * Needs an ADMIN key.
   */
  createWebhook: WebhookSecretPayload;
  /** Deletes an appeal type that holds no types and no appeals. */
  deleteAppealType: DeleteAppealTypePayload;
  /** Deletes an attachment with its bytes. Needs a MANAGER key or better. */
  deleteAttachment: DeleteAttachmentPayload;
  /** Deletes a campaign group that holds no groups and no campaigns. */
  deleteCampaignGroup: DeleteCampaignGroupPayload;
  /** Deletes a claim cause that holds no causes and no claims. */
  deleteClaimCause: DeleteClaimCausePayload;
  /** Deletes a contact card group that holds no groups and no cards. */
  deleteContactCardGroup: DeleteContactCardGroupPayload;
  /** Deletes an empty group: one with no subgroups and no counterparties. */
  deleteCounterpartyGroup: DeleteCounterpartyGroupPayload;
  /** Deletes an object. */
  deleteCounterpartyObject: DeleteCounterpartyObjectPayload;
  /** Deletes one dated price; the one before it is then in force from that date. */
  deletePrice: DeletePricePayload;
  /** Deletes an empty product group: one with no subgroups and no products. */
  deleteProductGroup: DeleteProductGroupPayload;
  /** Deletes an empty folder of the service journal. */
  deleteServiceCardGroup: DeleteServiceCardGroupPayload;
  /** Deletes a time entry. */
  deleteTimeEntry: DeleteTimeEntryPayload;
  /** Deletes a webhook with its delivery log; deliveries not yet sent are not sent. Needs an ADMIN key. */
  deleteWebhook: DeleteWebhookPayload;
  /**
   * Writes the card's plan of visits: from the period start at the card's periodicity, a visit on
   * the client's day off moved to its next working day (never past the period end, never two on one
   * day), until the planned number of contacts. Re-generating replaces the generated visits still
   * PLANNED; done, missed and cancelled ones stay and count toward the planned contacts. Refused
   * (INVALID_STATE) when the card has no service period, its contract's specification has no product
   * of type SERVICE, or its schedule holds a visit added by hand.
   */
  generateServiceSchedule: ServiceCardPayload;
  /**
   * Loads appeals matched by `externalId`, at most 5,000 rows per call; the counterparty is named by
   * `externalId`, the type by its path, the department by name, the responsible employee by e-mail.
   * The rules of `registerAppeal` and `updateAppeal` hold; a new appeal gets its number and its
   * registration action, and may come in any status (loading history); a stored appeal's status
   * changes only through `changeAppealStatus`.
   */
  importAppeals: ImportPayload;
  /**
   * Loads campaign participants, matched by the campaign's `externalId` and the participant's
   * (a counterparty's or a person's `externalId`), at most 5,000 rows per call, by the rules of
   * `addCampaignParticipant` and `updateCampaignParticipant`.
   */
  importCampaignParticipants: ImportPayload;
  /**
   * Loads campaigns matched by `externalId`, at most 5,000 rows per call; the group is named by its
   * path, the responsible employee by e-mail, the information source by name. The rules of
   * `createCampaign` and `updateCampaign` hold: a new campaign without `informationSourceName` gets a
   * source of its own named like it; a new campaign may come in any status (loading history), a
   * stored campaign's status changes only through `changeCampaignStatus`.
   */
  importCampaigns: ImportPayload;
  /**
   * Loads chronicle entries matched by `externalId`, at most 5,000 rows per call; the counterparty and
   * the contact person are named by `externalId`, the responsible employee by e-mail. The rules of
   * `createChronicleEntry` hold, except that nothing defaults to the time of the call, so a re-run of
   * the same rows is UNCHANGED.
   */
  importChronicleEntries: ImportPayload;
  /**
   * Loads claims matched by `externalId`, at most 5,000 rows per call; the counterparty is named by
   * `externalId`, the cause by its path, the department at fault by name, the employees by e-mail.
   * The rules of `registerClaim` and `updateClaim` hold; a new claim gets its number and its
   * registration in its chronicle, and may come in any status (loading history; a closed one needs
   * its result as `changeClaimStatus` does, and is closed at `closedAt`, default its registration);
   * a stored claim's status changes only through `changeClaimStatus` and `reopenClaim`.
   */
  importClaims: ImportPayload;
  /**
   * Loads contact cards matched by `externalId`, at most 5,000 rows per call; the information source
   * is named by its name, the responsible employee by e-mail, the group by its path. The rules of
   * `createContactCard` and `updateContactCard` hold: a card needs a name or a phone, and a
   * converted card does not change.
   */
  importContactCards: ImportPayload;
  /**
   * Loads counterparties matched by `externalId`, at most 5,000 rows per call. Relations are named by
   * natural keys: the group by its path, the responsible employee by e-mail, the parent by its
   * `externalId` (which may be a row earlier in the same call).
   */
  importCounterparties: ImportPayload;
  /**
   * Loads deals matched by `externalId`, at most 5,000 rows per call; the counterparty is named by
   * `externalId`, the assigned employee by e-mail, the information source and the lost reason by
   * name. The rules of `createDeal` and `updateDeal` hold; a new deal may come in any column, stage
   * and result (loading history: RESULT with its result, LOST with its lost reason), and its history
   * starts with its creation; a stored deal's column, stage and result change only through the
   * move mutations, so a row naming others fails.
   */
  importDeals: ImportPayload;
  /**
   * Loads obligations matched by `externalId`, at most 5,000 rows per call; the counterparty is named
   * by `externalId`. Only the terms are loaded: fulfilment goes through `recordObligationFulfilment`,
   * and the status follows the amount as in `updateObligation`.
   */
  importObligations: ImportPayload;
  /**
   * Loads persons matched by `externalId`, at most 5,000 rows per call, with their positions at
   * counterparties named by `externalId`. A person whose fields and positions already hold what is
   * sent is UNCHANGED and not written.
   */
  importPersons: ImportPayload;
  /** Loads prices matched by product `externalId`, price type code and the date they take effect. */
  importPrices: ImportPayload;
  /** Loads products matched by `externalId`, their group named by path. */
  importProducts: ImportPayload;
  /**
   * Loads service cards matched by `externalId`, at most 5,000 rows per call; the counterparty and the
   * contract are named by `externalId`, the engineer by e-mail, the folder by its path. The rules of
   * `createServiceCard` and `updateServiceCard` hold. Visits are not loaded: generate the schedule.
   */
  importServiceCards: ImportPayload;
  /**
   * Loads tasks matched by `externalId`: new keys are created, stored ones updated. Assignees are
   * named by e-mail and replace the stored ones when given; the counterparty by `externalId`.
   */
  importTasks: ImportPayload;
  /**
   * Loads the persons of a vCard file (versions 3.0 and 4.0, several cards, folded lines, UTF-8), one
   * row of the answer per card, in order; each card is written whole or not at all. A card is matched
   * by its UID: to the person whose `externalId` it is, else (a UID exported by this API) to the
   * person whose global id it is; a new person gets the UID as its `externalId`. A card without a
   * UID is matched by a key made from its name, e-mails and phones. Properties a card lacks keep
   * their stored values. A card without N and FN, or with a bad value, fails with the property named
   * in its errors' field (`["input", "text", "<card>", "N"]`); text that is not vCard at all is a
   * BAD_USER_INPUT for the call. Re-running a file changes nothing (UNCHANGED).
   */
  importVCards: ImportPayload;
  /** Links an order to a deal: an order of the deal's counterparty, in no other deal. */
  linkDealOrder: DealPayload;
  /**
   * Marks the viewer's notifications read: those of `ids`, or with `all: true` every unread one.
   * An id that is not one of the viewer's notifications is NOT_FOUND, and then nothing is marked.
   */
  markNotificationsRead: MarkNotificationsReadPayload;
  /** Moves an appeal type; it cannot move into itself or a type below it. */
  moveAppealType: AppealTypePayload;
  /** Moves a campaign group; it cannot move into itself or a group below it. */
  moveCampaignGroup: CampaignGroupPayload;
  /** Moves a claim cause; it cannot move into itself or a cause below it. */
  moveClaimCause: ClaimCausePayload;
  /** Moves a contact card group; it cannot move into itself or a group below it. */
  moveContactCardGroup: ContactCardGroupPayload;
  /** Moves a group under another one (or to the top); a move into its own subtree is refused. */
  moveCounterpartyGroup: CounterpartyGroupPayload;
  /**
   * Moves a deal between the funnel's columns PROSPECT → INTERESTED → CONTACT_1 → CONTACT_2 →
   * CONTACT_3 → RESULT:
   * - forward by one or more columns (a prospect that asks for an offer at once skips ahead);
   * - back by one column among the CONTACT columns only (CONTACT_3 → CONTACT_2, CONTACT_2 →
   *   CONTACT_1): a follow-up counted too early is taken back; a deal never goes back to PROSPECT or
   *   INTERESTED, whose meaning (it showed interest) a later contact does not undo;
   * - to RESULT only with a `result`, and with a `lostReasonId` for LOST (for no other result);
   * - out of RESULT only through `reopenDeal`.
   * Any other move is INVALID_STATE on `column`. The move is a row of `Deal.moves` with its time and
   * author, written in the same transaction.
   */
  moveDeal: DealPayload;
  /** Moves a product group under another one (or to the top); a move into its own subtree is refused. */
  moveProductGroup: ProductGroupPayload;
  /** Moves a folder of the service journal; it cannot move into itself or a folder below it. */
  moveServiceCardGroup: ServiceCardGroupPayload;
  /** Posts a DRAFT contract: it becomes ACTIVE and its delivery and payment obligations are generated, all in one transaction. */
  postContract: ContractPayload;
  /**
   * Posts a DRAFT order after checking it against its agreement's terms, when it names an agreement,
   * and against its contract, when it names one. A violating order is refused with every violated
   * rule in `userErrors` (PRICE_MISMATCH, DISCOUNT_EXCEEDED, DELIVERY_TOO_LATE, AGREEMENT_NOT_USABLE,
   * AGREEMENT_NOT_FOR_COUNTERPARTY, CURRENCY_MISMATCH against the agreement's currency; CONTRACT_REQUIRED,
   * CONTRACT_NOT_USABLE, CONTRACT_NOT_IN_FORCE outside the contract's validity, CURRENCY_MISMATCH
   * against the contract's currency) and stays DRAFT. These errors name the order's fields under
   * "order", as the `Order` type names them: `["order", "lines", "1", "price"]`,
   * `["order", "expectedShipmentDate"]`, `["order", "agreement"]`, `["order", "contract"]`,
   * `["order", "currency"]`. Posting fixes `prepaymentRequired` from the schedule's prepayment stages
   * (0 without an agreement).
   */
  postOrder: OrderPayload;
  /** Records work done on an appeal; with `minutes`, the time goes into the employee's work-time journal in the same transaction. */
  recordAppealWork: AppealWorkPayload;
  /**
   * Records by hand that part or all of an open obligation was fulfilled, as a dated entry of its
   * `fulfilments`; the status follows (PARTIALLY_FULFILLED or FULFILLED). A DELIVERY, SERVICE or
   * PAYMENT obligation generated by a contract is INVALID_STATE here: the shipments and payments of
   * orders under the contract fulfil it.
   */
  recordObligationFulfilment: ObligationPayload;
  /**
   * Registers a payment of a POSTED order: OUT_OF_RANGE beyond what is still unpaid. Under a
   * contract, it fulfils the contract's open PAYMENT obligations, oldest due first, in the same
   * transaction.
   */
  recordPayment: PaymentPayload;
  /** Records a PLANNED visit as DONE and writes it to the counterparty's chronicle (a VISIT), in one transaction. */
  recordServiceVisit: ServiceVisitPayload;
  /**
   * Registers a shipment of a POSTED order: OUT_OF_RANGE beyond a line's unshipped quantity,
   * PREPAYMENT_REQUIRED before the prepaid share is paid. Under a contract, its amount fulfils the
   * contract's open DELIVERY or SERVICE obligations, oldest due first, in the same transaction.
   */
  recordShipment: ShipmentPayload;
  /** Registers an appeal; only `subject` and `channel` are required. It starts NEW, with a number, and its chronicle starts with the registration. */
  registerAppeal: AppealPayload;
  /**
   * Registers a phone call in one step: its information source, direction, caller and result, as a
   * done CALL entry of the chronicle of the counterparty or card named. With neither, a new card is
   * made from the caller (name and/or phone, the source, the API key's employee responsible) and the
   * call goes into its chronicle: the first registration of a lead.
   */
  registerCall: RegisterCallPayload;
  /**
   * Registers a claim of a counterparty, whatever its role; it starts REGISTERED, with a number, and
   * its chronicle starts with the registration (an EVENT entry, DONE, in the same transaction).
   */
  registerClaim: ClaimPayload;
  /** Removes an expense from its campaign. */
  removeCampaignExpense: RemoveCampaignRecordPayload;
  /** Removes a material from its campaign. */
  removeCampaignMaterial: RemoveCampaignRecordPayload;
  /** Removes a participant from its campaign. */
  removeCampaignParticipant: RemoveCampaignRecordPayload;
  /** Removes a revenue from its campaign. */
  removeCampaignRevenue: RemoveCampaignRecordPayload;
  /** Takes a person off a card; the person stays in the dossier. */
  removeContactCardPerson: ContactCardPayload;
  /** Removes a competitor from a client's list. */
  removeCounterpartyCompetitor: CounterpartyPayload;
  /** Removes an analogue or substitute from a product's dossier. */
  removeProductRelation: ProductPayload;
  /** Renames an appeal type. */
  renameAppealType: AppealTypePayload;
  /** Renames a campaign group. */
  renameCampaignGroup: CampaignGroupPayload;
  /** Renames a claim cause. */
  renameClaimCause: ClaimCausePayload;
  /** Renames a contact card group. */
  renameContactCardGroup: ContactCardGroupPayload;
  /** Renames a group. */
  renameCounterpartyGroup: CounterpartyGroupPayload;
  /** Renames a product group. */
  renameProductGroup: ProductGroupPayload;
  /** Renames a folder of the service journal. */
  renameServiceCardGroup: ServiceCardGroupPayload;
  /** Reopens a closed claim: it goes back to INVESTIGATING, its closing time and granted amount cleared (its result kept until it is closed again). The reopening is an EVENT of its chronicle. */
  reopenClaim: ClaimPayload;
  /** Brings a deal in RESULT back to an open column (default CONTACT_1): its result, lost reason and closing time are cleared. Recorded in `Deal.moves` with the reason. */
  reopenDeal: DealPayload;
  /** Makes a DONE or CANCELLED task OPEN again (without a reminder: set one with updateTask). */
  reopenTask: TaskPayload;
  /** Restores an archived card. */
  restoreContactCard: ContactCardPayload;
  /** Brings an archived counterparty back. */
  restoreCounterparty: CounterpartyPayload;
  /** Brings an archived person back. */
  restorePerson: PersonPayload;
  /** Brings an archived product back. */
  restoreProduct: ProductPayload;
  /** Brings an archived service card back. */
  restoreServiceCard: ServiceCardPayload;
  /**
   * Revokes a key: every server process refuses it from its next request on, and closes its
   * subscriptions. The last working ADMIN key cannot be revoked (`INVALID_STATE`): create another
   * first. Needs an ADMIN key.
   */
  revokeApiKey: RevokeApiKeyPayload;
  /** Gives a webhook a new secret, shown only in the payload; deliveries from then on are signed with it. Needs an ADMIN key. */
  rotateWebhookSecret: WebhookSecretPayload;
  /**
   * Sends an e-mail to a counterparty (and/or a contact person of it) from the system, through the
   * server's SMTP server (SMTP_URL, from SMTP_FROM), and files it in the counterparty's chronicle as
   * an outgoing EMAIL entry. In one transaction it writes the entry, the message as it will go out
   * (`ChronicleEntry.email`, status QUEUED) and its job; the message is then sent in the background,
   * retried with backoff when the SMTP server is away or refuses, and recorded SENT or, after the
   * last attempt, FAILED with the error. Without SMTP_URL it is refused with a NOT_CONFIGURED user
   * error and nothing is written.
   */
  sendEmail: SendEmailPayload;
  /** Records that a client also buys from a competitor, with the competitor's share; repeating it updates the share. */
  setCounterpartyCompetitor: CounterpartyPayload;
  /** Sets or clears parameter values of one counterparty; each value is checked against its parameter's type. */
  setCounterpartyParameters: CounterpartyPayload;
  /** Sets a product's price of one type from a date on; setting it again for the same date replaces it. */
  setPrice: PricePayload;
  /** Records that a product has an analogue or a substitute; repeating it replaces the note. */
  setProductRelation: ProductPayload;
  /** Sets or clears when the engineer is reminded of a PLANNED visit; a reminder moved or cleared before its time does not fire. */
  setServiceVisitReminder: ServiceVisitPayload;
  /** Unlinks an order from a deal. */
  unlinkDealOrder: DealPayload;
  /** Changes an agreement that is not CLOSED; omitted fields keep their value. A term sent as null is inherited again (INDIVIDUAL) or cleared (TYPICAL). */
  updateAgreement: AgreementPayload;
  /** Changes an appeal's own fields; omitted fields keep their value, null clears an optional one. Status and handover have their own mutations. */
  updateAppeal: AppealPayload;
  /** Changes a campaign's own fields; omitted fields keep their value, null clears an optional one. The status changes only through `changeCampaignStatus`. */
  updateCampaign: CampaignPayload;
  /** Changes an expense; omitted fields keep their value, null clears an optional one. */
  updateCampaignExpense: CampaignExpensePayload;
  /** Changes a material; omitted fields keep their value, null clears an optional one. */
  updateCampaignMaterial: CampaignMaterialPayload;
  /** Changes a participant's invitation status or note. */
  updateCampaignParticipant: CampaignParticipantPayload;
  /** Changes a revenue, by the rules of `addCampaignRevenue`; omitted fields keep their value, null clears an optional one. */
  updateCampaignRevenue: CampaignRevenuePayload;
  /** Changes an entry; omitted fields keep their value, null clears an optional one. The status changes only through `completeChronicleEntry` and `cancelChronicleEntry`. */
  updateChronicleEntry: ChronicleEntryPayload;
  /** Changes a claim's own fields; omitted fields keep their value, null clears an optional one. The status changes only through `changeClaimStatus` and `reopenClaim`. */
  updateClaim: ClaimPayload;
  /** Changes a card's own fields; omitted fields keep their value, null clears an optional one. A converted card does not change. */
  updateContactCard: ContactCardPayload;
  /** Changes a DRAFT contract; omitted fields keep their value, a given `lines` list replaces all lines. */
  updateContract: ContractPayload;
  /** Changes a contract template; omitted fields keep their value. */
  updateContractTemplate: ContractTemplatePayload;
  /** Changes a counterparty; omitted fields keep their value, lists given replace the old list. */
  updateCounterparty: CounterpartyPayload;
  /** Changes an object. */
  updateCounterpartyObject: CounterpartyObjectPayload;
  /** Changes a deal's own fields; omitted fields keep their value, null clears an optional one. Its column, stage and result change only through `moveDeal`, `changeDealStage` and `reopenDeal`. */
  updateDeal: DealPayload;
  /** Changes a department; only the fields given change. */
  updateDepartment: DepartmentPayload;
  /** Changes an employee; only the fields given change. */
  updateEmployee: EmployeePayload;
  /** Changes an information source; only the fields given change. */
  updateInformationSource: InformationSourcePayload;
  /** Changes a knowledge-base article; omitted fields keep their value, null clears an optional one. */
  updateKnowledgeArticle: KnowledgeArticlePayload;
  /** Changes a lost reason; an inactive one is no longer given to deals lost from then on. */
  updateLostReason: LostReasonPayload;
  /** Changes an obligation; omitted fields keep their value, null clears an optional one. The amount may not drop below what is already fulfilled. */
  updateObligation: ObligationPayload;
  /** Changes a DRAFT order; omitted fields keep their value, a given `lines` list replaces all lines. */
  updateOrder: OrderPayload;
  /** Changes a person; omitted fields keep their value, lists given replace the old list (positions included). */
  updatePerson: PersonPayload;
  /** Changes a price type; omitted fields keep their value. */
  updatePriceType: PriceTypePayload;
  /** Changes a product; omitted fields keep their value, null clears an optional field. */
  updateProduct: ProductPayload;
  /** Changes a service card; omitted fields keep their value, null clears an optional one. Its visits stay as they are: re-generate the schedule to follow new rules. */
  updateServiceCard: ServiceCardPayload;
  /** Changes an open task; only the fields given change. `assigneeIds`, when given, replaces the assignees. */
  updateTask: TaskPayload;
  /** Changes a time entry; omitted fields keep their value, null clears an optional one. */
  updateTimeEntry: TimeEntryPayload;
  /**
   * Changes a webhook; omitted fields keep their value. `active: true` turns a disabled webhook on
   * again and forgets its failures. Needs an ADMIN key.
   */
  updateWebhook: WebhookPayload;
  /**
   * Stores a file sent with the request (see `Upload`) as an attachment of a record, streamed into
   * the database as it arrives, its size and SHA-256 computed on the way. A file over MAX_UPLOAD_BYTES
   * is TOO_LARGE, a declared content type its bytes contradict CONTENT_TYPE_MISMATCH; either way
   * nothing is stored. Needs a MANAGER key or better.
   */
  uploadAttachment: AttachmentPayload;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationactivateAgreementArgs = {
  input: ActivateAgreementInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationaddCampaignExpenseArgs = {
  input: AddCampaignExpenseInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationaddCampaignMaterialArgs = {
  input: AddCampaignMaterialInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationaddCampaignParticipantArgs = {
  input: AddCampaignParticipantInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationaddCampaignRevenueArgs = {
  input: AddCampaignRevenueInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationaddContactCardPersonArgs = {
  input: AddContactCardPersonInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationaddServiceVisitArgs = {
  input: AddServiceVisitInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationarchiveContactCardArgs = {
  input: ArchiveContactCardInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationarchiveCounterpartyArgs = {
  input: ArchiveCounterpartyInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationarchivePersonArgs = {
  input: ArchivePersonInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationarchiveProductArgs = {
  input: ArchiveProductInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationarchiveServiceCardArgs = {
  input: ArchiveServiceCardInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationassignAppealArgs = {
  input: AssignAppealInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcancelChronicleEntryArgs = {
  input: CancelChronicleEntryInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcancelContractArgs = {
  input: CancelContractInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcancelObligationArgs = {
  input: CancelObligationInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcancelOrderArgs = {
  input: CancelOrderInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcancelTaskArgs = {
  input: CancelTaskInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationchangeAppealStatusArgs = {
  input: ChangeAppealStatusInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationchangeCampaignStatusArgs = {
  input: ChangeCampaignStatusInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationchangeClaimStatusArgs = {
  input: ChangeClaimStatusInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationchangeDealStageArgs = {
  input: ChangeDealStageInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcloseAgreementArgs = {
  input: CloseAgreementInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcloseContractArgs = {
  input: CloseContractInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcloseServiceVisitArgs = {
  input: CloseServiceVisitInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcompleteChronicleEntryArgs = {
  input: CompleteChronicleEntryInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcompleteTaskArgs = {
  input: CompleteTaskInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationconvertContactCardArgs = {
  input: ConvertContactCardInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateAppealTypeArgs = {
  input: CreateAppealTypeInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateAttachmentUploadUrlArgs = {
  input: CreateAttachmentUploadUrlInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateCampaignArgs = {
  input: CreateCampaignInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateCampaignGroupArgs = {
  input: CreateCampaignGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateChronicleEntryArgs = {
  input: CreateChronicleEntryInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateClaimCauseArgs = {
  input: CreateClaimCauseInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateContactCardArgs = {
  input: CreateContactCardInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateContactCardGroupArgs = {
  input: CreateContactCardGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateContractArgs = {
  input: CreateContractInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateContractTemplateArgs = {
  input: CreateContractTemplateInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateCounterpartyArgs = {
  input: CreateCounterpartyInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateCounterpartyGroupArgs = {
  input: CreateCounterpartyGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateCounterpartyObjectArgs = {
  input: CreateCounterpartyObjectInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateDealArgs = {
  input: CreateDealInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateEmployeeArgs = {
  input: CreateEmployeeInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateIndividualAgreementArgs = {
  input: CreateIndividualAgreementInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateInformationSourceArgs = {
  input: CreateInformationSourceInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateKnowledgeArticleArgs = {
  input: CreateKnowledgeArticleInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateLostReasonArgs = {
  input: CreateLostReasonInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateObligationArgs = {
  input: CreateObligationInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateOrderArgs = {
  input: CreateOrderInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateParameterDefinitionArgs = {
  input: CreateParameterDefinitionInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreatePartnerApiKeyArgs = {
  input: CreatePartnerApiKeyInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreatePersonArgs = {
  input: CreatePersonInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreatePriceTypeArgs = {
  input: CreatePriceTypeInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateProductArgs = {
  input: CreateProductInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateProductGroupArgs = {
  input: CreateProductGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateServiceCardArgs = {
  input: CreateServiceCardInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateServiceCardGroupArgs = {
  input: CreateServiceCardGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateTaskArgs = {
  input: CreateTaskInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateTimeEntryArgs = {
  input: CreateTimeEntryInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateTypicalAgreementArgs = {
  input: CreateTypicalAgreementInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationcreateWebhookArgs = {
  input: CreateWebhookInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteAppealTypeArgs = {
  input: DeleteAppealTypeInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteAttachmentArgs = {
  input: DeleteAttachmentInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteCampaignGroupArgs = {
  input: DeleteCampaignGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteClaimCauseArgs = {
  input: DeleteClaimCauseInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteContactCardGroupArgs = {
  input: DeleteContactCardGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteCounterpartyGroupArgs = {
  input: DeleteCounterpartyGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteCounterpartyObjectArgs = {
  input: DeleteCounterpartyObjectInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeletePriceArgs = {
  input: DeletePriceInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteProductGroupArgs = {
  input: DeleteProductGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteServiceCardGroupArgs = {
  input: DeleteServiceCardGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteTimeEntryArgs = {
  input: DeleteTimeEntryInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationdeleteWebhookArgs = {
  input: DeleteWebhookInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationgenerateServiceScheduleArgs = {
  input: GenerateServiceScheduleInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportAppealsArgs = {
  input: ImportAppealsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportCampaignParticipantsArgs = {
  input: ImportCampaignParticipantsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportCampaignsArgs = {
  input: ImportCampaignsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportChronicleEntriesArgs = {
  input: ImportChronicleEntriesInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportClaimsArgs = {
  input: ImportClaimsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportContactCardsArgs = {
  input: ImportContactCardsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportCounterpartiesArgs = {
  input: ImportCounterpartiesInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportDealsArgs = {
  input: ImportDealsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportObligationsArgs = {
  input: ImportObligationsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportPersonsArgs = {
  input: ImportPersonsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportPricesArgs = {
  input: ImportPricesInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportProductsArgs = {
  input: ImportProductsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportServiceCardsArgs = {
  input: ImportServiceCardsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportTasksArgs = {
  input: ImportTasksInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationimportVCardsArgs = {
  input: ImportVCardsInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationlinkDealOrderArgs = {
  input: LinkDealOrderInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationmarkNotificationsReadArgs = {
  input: MarkNotificationsReadInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationmoveAppealTypeArgs = {
  input: MoveAppealTypeInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationmoveCampaignGroupArgs = {
  input: MoveCampaignGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationmoveClaimCauseArgs = {
  input: MoveClaimCauseInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationmoveContactCardGroupArgs = {
  input: MoveContactCardGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationmoveCounterpartyGroupArgs = {
  input: MoveCounterpartyGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationmoveDealArgs = {
  input: MoveDealInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationmoveProductGroupArgs = {
  input: MoveProductGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationmoveServiceCardGroupArgs = {
  input: MoveServiceCardGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationpostContractArgs = {
  input: PostContractInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationpostOrderArgs = {
  input: PostOrderInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrecordAppealWorkArgs = {
  input: RecordAppealWorkInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrecordObligationFulfilmentArgs = {
  input: RecordObligationFulfilmentInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrecordPaymentArgs = {
  input: RecordPaymentInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrecordServiceVisitArgs = {
  input: RecordServiceVisitInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrecordShipmentArgs = {
  input: RecordShipmentInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationregisterAppealArgs = {
  input: RegisterAppealInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationregisterCallArgs = {
  input: RegisterCallInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationregisterClaimArgs = {
  input: RegisterClaimInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationremoveCampaignExpenseArgs = {
  input: RemoveCampaignExpenseInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationremoveCampaignMaterialArgs = {
  input: RemoveCampaignMaterialInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationremoveCampaignParticipantArgs = {
  input: RemoveCampaignParticipantInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationremoveCampaignRevenueArgs = {
  input: RemoveCampaignRevenueInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationremoveContactCardPersonArgs = {
  input: RemoveContactCardPersonInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationremoveCounterpartyCompetitorArgs = {
  input: RemoveCounterpartyCompetitorInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationremoveProductRelationArgs = {
  input: RemoveProductRelationInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrenameAppealTypeArgs = {
  input: RenameAppealTypeInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrenameCampaignGroupArgs = {
  input: RenameCampaignGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrenameClaimCauseArgs = {
  input: RenameClaimCauseInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrenameContactCardGroupArgs = {
  input: RenameContactCardGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrenameCounterpartyGroupArgs = {
  input: RenameCounterpartyGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrenameProductGroupArgs = {
  input: RenameProductGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrenameServiceCardGroupArgs = {
  input: RenameServiceCardGroupInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationreopenClaimArgs = {
  input: ReopenClaimInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationreopenDealArgs = {
  input: ReopenDealInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationreopenTaskArgs = {
  input: ReopenTaskInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrestoreContactCardArgs = {
  input: ArchiveContactCardInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrestoreCounterpartyArgs = {
  input: ArchiveCounterpartyInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrestorePersonArgs = {
  input: ArchivePersonInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrestoreProductArgs = {
  input: ArchiveProductInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrestoreServiceCardArgs = {
  input: ArchiveServiceCardInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationrotateWebhookSecretArgs = {
  input: RotateWebhookSecretInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationsendEmailArgs = {
  input: SendEmailInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationsetCounterpartyCompetitorArgs = {
  input: SetCounterpartyCompetitorInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationsetCounterpartyParametersArgs = {
  input: SetCounterpartyParametersInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationsetPriceArgs = {
  input: SetPriceInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationsetProductRelationArgs = {
  input: SetProductRelationInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationsetServiceVisitReminderArgs = {
  input: SetServiceVisitReminderInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationunlinkDealOrderArgs = {
  input: UnlinkDealOrderInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateAgreementArgs = {
  input: UpdateAgreementInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateAppealArgs = {
  input: UpdateAppealInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateCampaignArgs = {
  input: UpdateCampaignInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateCampaignExpenseArgs = {
  input: UpdateCampaignExpenseInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateCampaignMaterialArgs = {
  input: UpdateCampaignMaterialInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateCampaignParticipantArgs = {
  input: UpdateCampaignParticipantInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateCampaignRevenueArgs = {
  input: UpdateCampaignRevenueInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateChronicleEntryArgs = {
  input: UpdateChronicleEntryInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateClaimArgs = {
  input: UpdateClaimInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateContactCardArgs = {
  input: UpdateContactCardInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateContractArgs = {
  input: UpdateContractInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateContractTemplateArgs = {
  input: UpdateContractTemplateInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateCounterpartyArgs = {
  input: UpdateCounterpartyInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateCounterpartyObjectArgs = {
  input: UpdateCounterpartyObjectInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateDealArgs = {
  input: UpdateDealInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateDepartmentArgs = {
  input: UpdateDepartmentInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateEmployeeArgs = {
  input: UpdateEmployeeInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateInformationSourceArgs = {
  input: UpdateInformationSourceInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateKnowledgeArticleArgs = {
  input: UpdateKnowledgeArticleInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateLostReasonArgs = {
  input: UpdateLostReasonInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateObligationArgs = {
  input: UpdateObligationInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateOrderArgs = {
  input: UpdateOrderInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdatePersonArgs = {
  input: UpdatePersonInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdatePriceTypeArgs = {
  input: UpdatePriceTypeInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateProductArgs = {
  input: UpdateProductInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateServiceCardArgs = {
  input: UpdateServiceCardInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateTaskArgs = {
  input: UpdateTaskInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateTimeEntryArgs = {
  input: UpdateTimeEntryInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationupdateWebhookArgs = {
  input: UpdateWebhookInput;
};


/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type MutationuploadAttachmentArgs = {
  input: UploadAttachmentInput;
};

/** A new person of a card, created in the dossier. */
export type NewContactCardPersonInput = {
  /** The person's own e-mails. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name (or the only name known), at most 200 characters. */
  lastName: Scalars['String']['input'];
  /** Middle name. */
  middleName?: InputMaybe<Scalars['String']['input']>;
  /** The person's own phones. */
  phones?: InputMaybe<Array<PhoneInput>>;
};

/** An object with a global id, fetchable through `node` and `nodes`. */
export type Node = {
  /** Global id: opaque, stable, and unique across all types. */
  id: Scalars['ID']['output'];
};

/** Something an employee was told. */
export type Notification = Node & {
  __typename?: 'Notification';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When the thing it is about is due: a contact's planned time, a task's due time, a visit's day; null when it has none. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** What it is. */
  kind: NotificationKind;
  /** When the employee marked it read; null while unread. */
  readAt: Maybe<Scalars['DateTime']['output']>;
  /** The reminder time it was made for. */
  reminderAt: Maybe<Scalars['DateTime']['output']>;
  /** The record it is about: a ChronicleEntry, Task, ServiceVisit, Appeal or Deal; null once that record is deleted. */
  subject: Maybe<Node>;
  /** The global id of that record, kept when the record is gone. */
  subjectId: Scalars['ID']['output'];
  /** One line saying what it is about, e.g. the contact's subject or `A-000012: Broken pump`. */
  title: Scalars['String']['output'];
};

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The notifications of this page, with their cursors. */
  edges: Array<NotificationEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** How many notifications the list has in all, every page counted. */
  totalCount: Scalars['Int']['output'];
};

/** A notification with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Where to continue from. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a notification is. */
export type NotificationKind =
  /** A reminder set on a record came due. */
  | 'REMINDER';

/** A commitment of the company to a counterparty or of a counterparty to the company. */
export type Obligation = Audited & Node & {
  __typename?: 'Obligation';
  /** The amount owed, in `currency`; null when the obligation has no amount (e.g. a document). */
  amount: Maybe<Scalars['Decimal']['output']>;
  /** The contract whose posting generated this obligation; null for one registered by hand. */
  contract: Maybe<Contract>;
  /** The counterparty on the other side. */
  counterparty: Counterparty;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Currency of `amount` and `fulfilledAmount`. */
  currency: Maybe<Scalars['Currency']['output']>;
  /** Which side owes. */
  debtor: ObligationDebtor;
  /** What exactly is owed. */
  description: Scalars['String']['output'];
  /** When it is due. */
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** How much of `amount` has been fulfilled so far. */
  fulfilledAmount: Scalars['Decimal']['output'];
  /**
   * The chronicle of its fulfilment, oldest first (by date, then registration): every shipment or
   * payment that fulfilled part of it, and what was recorded by hand. `fulfilledAmount` is their sum.
   */
  fulfilments: Array<ObligationFulfilment>;
  /** Every change to this obligation, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** What is to be delivered. */
  kind: ObligationKind;
  /** What remains to fulfil: `amount` minus `fulfilledAmount`, computed exactly; null when there is no amount. */
  outstandingAmount: Maybe<Scalars['Decimal']['output']>;
  /** Whether it is past due: the due date is before today (UTC) and it is OPEN or PARTIALLY_FULFILLED. */
  overdue: Scalars['Boolean']['output'];
  /** How far it is fulfilled. */
  status: ObligationStatus;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the obligation. */
  version: Scalars['Int']['output'];
};


/** A commitment of the company to a counterparty or of a counterparty to the company. */
export type ObligationhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of obligations. */
export type ObligationConnection = {
  __typename?: 'ObligationConnection';
  /** The obligations of this page with their cursors. */
  edges: Array<ObligationEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of obligations matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Which side owes. */
export type ObligationDebtor =
  /** The company owes the counterparty. */
  | 'OURS'
  /** The counterparty owes the company. */
  | 'THEIRS';

/** An obligation with its cursor. */
export type ObligationEdge = {
  __typename?: 'ObligationEdge';
  /** Cursor to page from this obligation. */
  cursor: Scalars['String']['output'];
  /** The obligation. */
  node: Obligation;
};

/** Conditions on a counterparty's obligations; all given conditions must hold. An empty list matches nothing. */
export type ObligationFilter = {
  /** Only obligations owed by this side. */
  debtor?: InputMaybe<ObligationDebtor>;
  /** Only overdue (true) or only not overdue (false) obligations. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only obligations in one of these statuses. */
  statuses?: InputMaybe<Array<ObligationStatus>>;
};

/** A dated part of an obligation fulfilled: an entry of the obligation's chronicle. */
export type ObligationFulfilment = {
  __typename?: 'ObligationFulfilment';
  /** The part of the obligation's amount fulfilled, in its currency; more than 0. */
  amount: Scalars['Decimal']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** The business day it was fulfilled: the shipment's or payment's date, or the day given by hand. */
  date: Scalars['LocalDate']['output'];
  /** The payment that fulfilled it, when `source` is PAYMENT. */
  payment: Maybe<Payment>;
  /** The shipment that fulfilled it, when `source` is SHIPMENT. */
  shipment: Maybe<Shipment>;
  /** What fulfilled it. */
  source: ObligationFulfilmentSource;
};

/** What fulfilled part of an obligation. */
export type ObligationFulfilmentSource =
  /** Recorded by hand with `recordObligationFulfilment`. */
  | 'MANUAL'
  /** A payment of an order under the obligation's contract (PAYMENT obligations). */
  | 'PAYMENT'
  /** A shipment of an order under the obligation's contract (DELIVERY and SERVICE obligations). */
  | 'SHIPMENT';

/**
 * An obligation to load. Fields left out keep their stored value and null clears an optional one; a
 * new obligation needs the counterparty, `kind`, `debtor` and `description`.
 */
export type ObligationImportRow = {
  /**
   * The amount owed, zero or more, at most 2 decimal places, compared by value (`"100"` matches a
   * stored `"100.00"`). It may not drop below what is already fulfilled, nor be cleared once something
   * is; a new amount settles or reopens the obligation as in `updateObligation`.
   */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /**
   * The counterparty by `externalId`; required for a new obligation. An obligation stays with its
   * counterparty: naming another one for an existing obligation is INVALID_STATE.
   */
  counterpartyExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Currency of the amount; required while there is an amount. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Which side owes; required for a new obligation. */
  debtor?: InputMaybe<ObligationDebtor>;
  /** What exactly is owed, at most 2000 characters; required for a new obligation. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is due. */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** What is to be delivered; required for a new obligation. */
  kind?: InputMaybe<ObligationKind>;
};

/** What an obligation is to deliver. */
export type ObligationKind =
  /** Delivery of goods. */
  | 'DELIVERY'
  /** A document to hand over. */
  | 'DOCUMENT'
  /** Anything else. */
  | 'OTHER'
  /** A payment. */
  | 'PAYMENT'
  /** A service to render. */
  | 'SERVICE';

/** The answer to a change of an obligation. */
export type ObligationPayload = {
  __typename?: 'ObligationPayload';
  /** The obligation as saved; null when `userErrors` is not empty. */
  obligation: Maybe<Obligation>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** How far an obligation is fulfilled. */
export type ObligationStatus =
  /** Cancelled: nobody owes it any more. */
  | 'CANCELLED'
  /** Fully fulfilled. */
  | 'FULFILLED'
  /** Nothing fulfilled yet. */
  | 'OPEN'
  /** Part of the amount is fulfilled. */
  | 'PARTIALLY_FULFILLED';

/** Conditions on obligations of all counterparties: those of `ObligationFilter` plus the counterparty. */
export type ObligationsFilter = {
  /** Only obligations toward this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only obligations owed by this side. */
  debtor?: InputMaybe<ObligationDebtor>;
  /** Only overdue (true) or only not overdue (false) obligations. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only obligations in one of these statuses. */
  statuses?: InputMaybe<Array<ObligationStatus>>;
};

/** A sales order. */
export type Order = Audited & Node & {
  __typename?: 'Order';
  /** The agreement whose terms apply; null when the order names none (no terms are checked). */
  agreement: Maybe<Agreement>;
  /** The contract it is placed under; null when none. */
  contract: Maybe<Contract>;
  /** The buyer. */
  counterparty: Counterparty;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Currency of prices and amounts. */
  currency: Scalars['Currency']['output'];
  /** Date of the order; prices and terms are those in force on it. */
  date: Scalars['LocalDate']['output'];
  /** When the order is expected to be paid in full; past it, the unpaid part is overdue. */
  expectedPaymentDate: Maybe<Scalars['LocalDate']['output']>;
  /** When the goods are expected to ship. */
  expectedShipmentDate: Maybe<Scalars['LocalDate']['output']>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Every change to this order, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The lines, by line number. */
  lines: Array<OrderLine>;
  /** Order number, unique. */
  number: Scalars['String']['output'];
  /** Amount still to pay of a POSTED order (total − paid); 0 for DRAFT and CANCELLED orders. */
  outstandingPayment: Scalars['Decimal']['output'];
  /** Amount still to ship of a POSTED order (total − shipped); 0 for DRAFT and CANCELLED orders. */
  outstandingShipment: Scalars['Decimal']['output'];
  /** Amount paid so far. */
  paidAmount: Scalars['Decimal']['output'];
  /** How far paying has come. */
  paymentState: OrderProgress;
  /** Payments, oldest first. */
  payments: Array<Payment>;
  /** The part of the total to be paid before anything ships; fixed at posting, 0 before. */
  prepaymentRequired: Scalars['Decimal']['output'];
  /** How far shipping has come, by the lines' quantities. */
  shipmentState: OrderProgress;
  /** Shipments, oldest first. */
  shipments: Array<Shipment>;
  /** Amount shipped so far. */
  shippedAmount: Scalars['Decimal']['output'];
  /** Where it is in its life. */
  status: OrderStatus;
  /** Sum of the lines' amounts. */
  total: Scalars['Decimal']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change (shipments and payments too); send it as `expectedVersion` when changing the order. */
  version: Scalars['Int']['output'];
};


/** A sales order. */
export type OrderhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** An order taken apart: what was ordered, shipped and paid, what it fulfilled and what it still leaves owed. */
export type OrderAnalysis = {
  __typename?: 'OrderAnalysis';
  /** Global id of the agreement the order names; null when none. */
  agreementId: Maybe<Scalars['ID']['output']>;
  /** Global id of the contract the order is placed under; null when none. */
  contractId: Maybe<Scalars['ID']['output']>;
  /** Number of that contract; null when none. */
  contractNumber: Maybe<Scalars['String']['output']>;
  /** Global id of the buyer. */
  counterpartyId: Scalars['ID']['output'];
  /** Name of the buyer. */
  counterpartyName: Scalars['String']['output'];
  /** Currency of every amount of the analysis (obligations are in their contract's, which posting keeps equal). */
  currency: Scalars['Currency']['output'];
  /** Order date. */
  date: Scalars['LocalDate']['output'];
  /** The lines, by line number. */
  lines: Array<OrderAnalysisLine>;
  /** Order number. */
  number: Scalars['String']['output'];
  /** The obligations of the order's contract, oldest due first (undated last); empty without a contract. */
  obligations: Array<OrderAnalysisObligation>;
  /** Global id of the order. */
  orderId: Scalars['ID']['output'];
  /** Amount paid so far. */
  paidAmount: Scalars['Decimal']['output'];
  /** Payments, oldest first. */
  payments: Array<OrderAnalysisMovement>;
  /** What the order leaves owed. */
  settlements: OrderAnalysisSettlements;
  /** Shipments, oldest first. */
  shipments: Array<OrderAnalysisMovement>;
  /** Amount shipped so far. */
  shippedAmount: Scalars['Decimal']['output'];
  /** Where the order is in its life. */
  status: OrderStatus;
  /** Sum of the lines' amounts. */
  total: Scalars['Decimal']['output'];
};

/** An order line in an order analysis. */
export type OrderAnalysisLine = {
  __typename?: 'OrderAnalysisLine';
  /** The line's amount after its discount. */
  amount: Scalars['Decimal']['output'];
  /** Position in the order, from 1. */
  lineNo: Scalars['Int']['output'];
  /** Quantity still to ship. */
  outstandingQuantity: Scalars['Decimal']['output'];
  /** Global id of the product or service. */
  productId: Scalars['ID']['output'];
  /** Its name. */
  productName: Scalars['String']['output'];
  /** GOODS or SERVICE. */
  productType: ProductType;
  /** Quantity ordered. */
  quantity: Scalars['Decimal']['output'];
  /** Quantity shipped (for a service: rendered) so far. */
  shippedQuantity: Scalars['Decimal']['output'];
};

/** A shipment or a payment of the analysed order. */
export type OrderAnalysisMovement = {
  __typename?: 'OrderAnalysisMovement';
  /** Amount shipped or paid. */
  amount: Scalars['Decimal']['output'];
  /** Day it happened. */
  date: Scalars['LocalDate']['output'];
  /** How much of it fulfilled obligations of the order's contract; the rest found none open. */
  fulfilledAmount: Scalars['Decimal']['output'];
  /** Global id of the shipment (`Shipment`) or payment (`Payment`). */
  id: Scalars['ID']['output'];
};

/** An obligation of the analysed order's contract. */
export type OrderAnalysisObligation = {
  __typename?: 'OrderAnalysisObligation';
  /** The amount owed; null when it has none. */
  amount: Maybe<Scalars['Decimal']['output']>;
  /** Which side owes. */
  debtor: ObligationDebtor;
  /** What exactly is owed. */
  description: Scalars['String']['output'];
  /** When it is due. */
  dueDate: Maybe<Scalars['LocalDate']['output']>;
  /** How much is fulfilled, by this order and others under the contract. */
  fulfilledAmount: Scalars['Decimal']['output'];
  /** How much this order's shipments and payments fulfilled of it. */
  fulfilledByOrder: Scalars['Decimal']['output'];
  /** What is to be delivered. */
  kind: ObligationKind;
  /** Global id of the obligation. */
  obligationId: Scalars['ID']['output'];
  /** What remains to fulfil; null when it has no amount. */
  outstandingAmount: Maybe<Scalars['Decimal']['output']>;
  /** Past its due date (before today in the caller's time zone) and still open. */
  overdue: Scalars['Boolean']['output'];
  /** How far it is fulfilled. */
  status: ObligationStatus;
};

/** What the analysed order leaves owed; all 0 unless it is POSTED. */
export type OrderAnalysisSettlements = {
  __typename?: 'OrderAnalysisSettlements';
  /** What the buyer still has to pay: total − paid. */
  outstandingPayment: Scalars['Decimal']['output'];
  /** The part of the prepayment still unpaid: prepaymentRequired − paid, at least 0; nothing ships until it is 0. */
  outstandingPrepayment: Scalars['Decimal']['output'];
  /** What the company still has to ship: total − shipped. */
  outstandingShipment: Scalars['Decimal']['output'];
  /** The part of `outstandingPayment` past the expected payment date. */
  overduePayment: Scalars['Decimal']['output'];
  /** What is shipped and not yet paid: shipped − paid, at least 0. */
  shippedUnpaid: Scalars['Decimal']['output'];
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page with their cursors. */
  edges: Array<OrderEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of orders matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An order with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Cursor to page from this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Conditions on orders; all given conditions must hold. An empty list matches nothing. */
export type OrderFilter = {
  /** Only orders of this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders in one of these statuses. */
  statuses?: InputMaybe<Array<OrderStatus>>;
};

/** A line of an order. */
export type OrderLine = Node & {
  __typename?: 'OrderLine';
  /** quantity × price × (1 − discountPercent/100), rounded to the cent half up. */
  amount: Scalars['Decimal']['output'];
  /** Discount in percent, 0 to 100. */
  discountPercent: Scalars['Decimal']['output'];
  /** Global id of the line, as `RecordShipmentInput` names it; `node(id)` fetches it. */
  id: Scalars['ID']['output'];
  /** Position in the order, from 1. */
  lineNo: Scalars['Int']['output'];
  /** Price per unit before the discount. */
  price: Scalars['Decimal']['output'];
  /** The product or service. */
  product: Product;
  /** Quantity, more than 0, up to 3 decimal places. */
  quantity: Scalars['Decimal']['output'];
  /** Quantity shipped so far. */
  shippedQuantity: Scalars['Decimal']['output'];
};

/** An order line as sent. */
export type OrderLineInput = {
  /** Discount in percent, 0 to 100, at most 2 decimal places; default 0. */
  discountPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** Price per unit, zero or more, at most 2 decimal places; omitted, the agreement's price type's price on the order date. */
  price?: InputMaybe<Scalars['Decimal']['input']>;
  /** The product or service. */
  productId: Scalars['ID']['input'];
  /** Quantity, more than 0, at most 3 decimal places. */
  quantity: Scalars['Decimal']['input'];
};

/** The answer to a change of an order. */
export type OrderPayload = {
  __typename?: 'OrderPayload';
  /** The order as saved; null when `userErrors` is not empty. */
  order: Maybe<Order>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** How far shipping or paying an order has come. */
export type OrderProgress =
  /** All of it. */
  | 'FULL'
  /** Nothing yet. */
  | 'NONE'
  /** Part of it. */
  | 'PARTIAL';

/** Where an order is in its life. */
export type OrderStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Being prepared; it can still change. */
  | 'DRAFT'
  /** Checked against the agreement and in force; it can be shipped and paid. */
  | 'POSTED';

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

/** A typed attribute defined once per installation and filled per counterparty. */
export type ParameterDefinition = Node & {
  __typename?: 'ParameterDefinition';
  /** Stable code, unique, e.g. `fleet_size`. */
  code: Scalars['String']['output'];
  /** Explanation. */
  description: Maybe<Scalars['String']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name shown to people. */
  name: Scalars['String']['output'];
  /** Type every value must have. */
  type: ParameterType;
};

/** The answer to a change of a parameter definition. */
export type ParameterDefinitionPayload = {
  __typename?: 'ParameterDefinitionPayload';
  /** The definition as saved; null when `userErrors` is not empty. */
  parameterDefinition: Maybe<ParameterDefinition>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** The type of a parameter's values. */
export type ParameterType =
  /** Yes or no. */
  | 'BOOLEAN'
  /** Calendar date. */
  | 'DATE'
  /** Decimal number. */
  | 'NUMBER'
  /** Text. */
  | 'STRING';

/** A counterparty's value of one parameter. Exactly the field of the parameter's type is set. */
export type ParameterValue = {
  __typename?: 'ParameterValue';
  /** Value of a BOOLEAN parameter. */
  booleanValue: Maybe<Scalars['Boolean']['output']>;
  /** Value of a DATE parameter. */
  dateValue: Maybe<Scalars['LocalDate']['output']>;
  /** Value of a NUMBER parameter. */
  numberValue: Maybe<Scalars['Decimal']['output']>;
  /** The parameter. */
  parameter: ParameterDefinition;
  /** Value of a STRING parameter. */
  stringValue: Maybe<Scalars['String']['output']>;
};

/** One parameter value to set. Give the field matching the parameter's type, or none to clear the value. */
export type ParameterValueInput = {
  /** Value of a BOOLEAN parameter. */
  booleanValue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Value of a DATE parameter. */
  dateValue?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Value of a NUMBER parameter. */
  numberValue?: InputMaybe<Scalars['Decimal']['input']>;
  /** The parameter. */
  parameterId: Scalars['ID']['input'];
  /** Value of a STRING parameter. */
  stringValue?: InputMaybe<Scalars['String']['input']>;
};

/** One partner's month of sales activity. */
export type PartnerSalesActivityRow = {
  __typename?: 'PartnerSalesActivityRow';
  /** Claims it registered in the month. */
  claims: Scalars['Int']['output'];
  /** The partner. */
  counterparty: Counterparty;
  /** The first day of the month. */
  month: Scalars['LocalDate']['output'];
  /** Their totals, per currency. */
  orderTotals: Array<CurrencyAmount>;
  /** POSTED orders dated in the month. */
  orders: Scalars['Int']['output'];
};

/** A payment for an order. */
export type Payment = Audited & Node & {
  __typename?: 'Payment';
  /** Amount paid, in the order's currency. */
  amount: Scalars['Decimal']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Day of the payment. */
  date: Scalars['LocalDate']['output'];
  /** Every change to this payment, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id; `node(id)` fetches it. */
  id: Scalars['ID']['output'];
  /** The order paid. */
  order: Order;
};


/** A payment for an order. */
export type PaymenthistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** The event a payment stage's days count from. */
export type PaymentBasis =
  /** The order. */
  | 'ORDER'
  /** The shipment. */
  | 'SHIPMENT';

/** How the counterparty pays. */
export type PaymentMethod =
  /** By bank transfer. */
  | 'BANK_TRANSFER'
  /** By card. */
  | 'CARD'
  /** In cash. */
  | 'CASH'
  /** By offsetting mutual debts. */
  | 'OFFSET';

/** The answer to registering a payment. */
export type PaymentPayload = {
  __typename?: 'PaymentPayload';
  /** The payment as saved; null when `userErrors` is not empty. */
  payment: Maybe<Payment>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** One stage of a payment schedule. */
export type PaymentStage = {
  __typename?: 'PaymentStage';
  /** The event `days` count from. */
  basis: PaymentBasis;
  /** Days after the basis event the stage is due. */
  days: Scalars['Int']['output'];
  /** Share of the amount, in percent. */
  percent: Scalars['Decimal']['output'];
  /** Whether this stage is paid before anything ships. */
  prepayment: Scalars['Boolean']['output'];
};

/** One stage of a payment schedule. */
export type PaymentStageInput = {
  /** The event `days` count from; ORDER for a prepayment. */
  basis: PaymentBasis;
  /** Days after the basis event, 0 to 3650. */
  days: Scalars['Int']['input'];
  /** Share of the amount in percent: more than 0, at most 100, at most 2 decimal places; all stages add up to exactly 100. */
  percent: Scalars['Decimal']['input'];
  /** Whether the stage is paid before anything ships. */
  prepayment: Scalars['Boolean']['input'];
};

/** A contact person or a notable market figure: the personal dossier. */
export type Person = Audited & Node & {
  __typename?: 'Person';
  /** Whether it is archived (hidden from default lists). */
  archived: Scalars['Boolean']['output'];
  /** When it was archived. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Date of birth. */
  birthday: Maybe<Scalars['LocalDate']['output']>;
  /** Counterparties where the person currently holds a position, each once; those of primary positions first. */
  counterparties: Array<Counterparty>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** E-mail addresses. */
  emails: Array<Email>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** First (given) name. */
  firstName: Maybe<Scalars['String']['output']>;
  /** Last, first and middle name, as one line. */
  fullName: Scalars['String']['output'];
  /** Every change to this person, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Other dates worth remembering: a name day, a company anniversary. */
  importantDates: Array<ImportantDate>;
  /** Last name (surname). */
  lastName: Scalars['String']['output'];
  /** Middle name or patronymic. */
  middleName: Maybe<Scalars['String']['output']>;
  /** Free-form internal notes. */
  notes: Maybe<Scalars['String']['output']>;
  /** Phone numbers. */
  phones: Array<Phone>;
  /** Positions at counterparties, current and past: primary ones first, then the most recent. */
  positions: Array<PersonPosition>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /**
   * The person as a vCard 4.0 (RFC 6350), for mail programs and phones: FN, N, ORG and TITLE of the
   * first current position, TEL with TYPE, EMAIL, BDAY, NOTE, UID (this person's global id) and REV,
   * with CRLF line ends and lines folded at 75 octets. The same text `GET /vcard/<person id>` serves.
   */
  vcard: Scalars['String']['output'];
  /** Increases with every change; send it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/** A contact person or a notable market figure: the personal dossier. */
export type PersonhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of persons. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The persons of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of persons matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Cursor to page from this person. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Conditions on persons; all given conditions must hold. */
export type PersonFilter = {
  /** Only archived (true) or only active (false) persons. Default false; null for both. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only persons currently holding a position at this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name, an e-mail or a phone (digits are enough); case-insensitive, at least 2 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A person to load. Fields left out keep their stored value and null clears an optional one; a new
 * person needs `lastName`.
 */
export type PersonImportRow = {
  /** Date of birth; not in the future. */
  birthday?: InputMaybe<Scalars['LocalDate']['input']>;
  /** E-mail addresses, at most 50; replaces the stored list. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** First name, at most 100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name, at most 100 characters; required for a new person. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Middle name or patronymic, at most 100 characters. */
  middleName?: InputMaybe<Scalars['String']['input']>;
  /** Internal notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone numbers, at most 50; replaces the stored list. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /**
   * Positions at counterparties, at most 50. Given, they replace all the person's positions, current
   * and past (null or an empty list removes them); they are compared with the stored ones regardless
   * of order. Left out, the stored positions stay.
   */
  positions?: InputMaybe<Array<PersonPositionImportRow>>;
};

/** The answer to a change of a person. */
export type PersonPayload = {
  __typename?: 'PersonPayload';
  /** The person as saved; null when `userErrors` is not empty. */
  person: Maybe<Person>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A person's position at a counterparty, for a period. */
export type PersonPosition = {
  __typename?: 'PersonPosition';
  /** Where the person holds or held the position. */
  counterparty: Counterparty;
  /** Whether the position is held now: it has no end date, or the end date is today or later. */
  current: Scalars['Boolean']['output'];
  /** When the position ended (or will end). */
  endDate: Maybe<Scalars['LocalDate']['output']>;
  /** Whether the person is a primary contact of the counterparty. */
  isPrimary: Scalars['Boolean']['output'];
  /** Role in dealings with the company, e.g. `decision maker`, `accountant`. */
  role: Maybe<Scalars['String']['output']>;
  /** When the position began. */
  startDate: Maybe<Scalars['LocalDate']['output']>;
  /** Job title, e.g. `Chief Financial Officer`. */
  title: Maybe<Scalars['String']['output']>;
};

/** A person's position at a counterparty, in an import. */
export type PersonPositionImportRow = {
  /** The counterparty by `externalId`; it must exist. */
  counterpartyExternalId: Scalars['String']['input'];
  /** When the position ended; not before `startDate`. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Whether the person is a primary contact of the counterparty. Default false. */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Role in dealings with the company, at most 200 characters. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** When the position began. */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Job title, at most 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A position at a counterparty, to save. */
export type PersonPositionInput = {
  /** The counterparty. */
  counterpartyId: Scalars['ID']['input'];
  /** When the position ended; not before `startDate`. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Whether the person is a primary contact of the counterparty. Default false. */
  isPrimary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Role in dealings with the company, at most 200 characters. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** When the position began. */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Job title, at most 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A phone number. */
export type Phone = {
  __typename?: 'Phone';
  /** Local extension. */
  extension: Maybe<Scalars['String']['output']>;
  /** Kind of number. */
  kind: ContactKind;
  /** Note, e.g. whose number it is. */
  note: Maybe<Scalars['String']['output']>;
  /** The number as written, e.g. `+38 (044) 123-45-67`. */
  number: Scalars['String']['output'];
};

/** A phone number to save. */
export type PhoneInput = {
  /** Local extension, digits only. */
  extension?: InputMaybe<Scalars['String']['input']>;
  /** Kind of number. Default WORK. */
  kind?: InputMaybe<ContactKind>;
  /** Note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The number as written; must contain 5 to 20 digits. */
  number: Scalars['String']['input'];
};

/** Which contract to post. */
export type PostContractInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The contract to post; it must be DRAFT. */
  id: Scalars['ID']['input'];
};

/** Which order to post. */
export type PostOrderInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The order to post; it must be DRAFT. */
  id: Scalars['ID']['input'];
};

/** A product's price of one type from a date on. */
export type Price = Node & {
  __typename?: 'Price';
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Currency of the price (its price type's). */
  currency: Scalars['Currency']['output'];
  /** The first day the price is in force; it stays until the next price of the same type. */
  effectiveFrom: Scalars['LocalDate']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The price per unit. */
  price: Scalars['Decimal']['output'];
  /** The price type. */
  priceType: PriceType;
  /** The product. */
  product: Product;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change. */
  version: Scalars['Int']['output'];
};

/** A price to load, matched by product, price type and `effectiveFrom`. */
export type PriceImportRow = {
  /** The first day the price is in force. */
  effectiveFrom: Scalars['LocalDate']['input'];
  /** The price per unit: not negative, at most 2 decimal places. */
  price: Scalars['Decimal']['input'];
  /** The price type by code. */
  priceTypeCode: Scalars['String']['input'];
  /** The product by `externalId`. */
  productExternalId: Scalars['String']['input'];
};

/** The answer to setting a price. */
export type PricePayload = {
  __typename?: 'PricePayload';
  /** The price as saved; null when `userErrors` is not empty. */
  price: Maybe<Price>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A kind of price (retail, wholesale, dealer), in one currency. */
export type PriceType = Node & {
  __typename?: 'PriceType';
  /** Stable code, unique, e.g. `retail`. */
  code: Scalars['String']['output'];
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Currency of every price of this type. */
  currency: Scalars['Currency']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name shown to people. */
  name: Scalars['String']['output'];
  /** Sale or cost prices; fixed at creation. */
  purpose: PriceTypePurpose;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of a price type. */
export type PriceTypePayload = {
  __typename?: 'PriceTypePayload';
  /** The price type as saved; null when `userErrors` is not empty. */
  priceType: Maybe<PriceType>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** What a price type's prices are. */
export type PriceTypePurpose =
  /** Cost prices: what the company pays for a product; profit in the reports is counted against them. At most one COST type per currency, never named by an agreement. */
  | 'COST'
  /** Sale prices: what agreements and orders charge. */
  | 'SALE';

/** An item of the nomenclature: goods or a service the company sells. */
export type Product = Audited & Node & {
  __typename?: 'Product';
  /** Products that can be offered instead of this one with the buyer's agreement, by name. */
  analogues: Array<Product>;
  /** Whether it is archived (hidden from default lists). */
  archived: Scalars['Boolean']['output'];
  /** When it was archived. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Article number (SKU); unique when present. */
  code: Maybe<Scalars['String']['output']>;
  /**
   * The cost price in a currency in force on a date: the price of that currency's COST price type
   * with the latest `effectiveFrom` not after it; null when none. Set it with `setPrice` (or
   * `importPrices`) on the COST type.
   */
  costPrice: Maybe<Price>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Description. */
  description: Maybe<Scalars['String']['output']>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** The nomenclature group it sits in. */
  group: Maybe<ProductGroup>;
  /** Every change to this product, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The price of a type in force on a date: the one with the latest `effectiveFrom` not after it; null when none. */
  price: Maybe<Price>;
  /** The prices in force today and those set for later dates, by price type and date. */
  prices: Array<Price>;
  /** Products that replace this one outright, by name. */
  substitutes: Array<Product>;
  /** Goods or service. */
  type: ProductType;
  /** Unit of measure as written on documents: pcs, kg, hour, month. */
  unit: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/** An item of the nomenclature: goods or a service the company sells. */
export type ProductcostPriceArgs = {
  currency: Scalars['Currency']['input'];
  on?: InputMaybe<Scalars['LocalDate']['input']>;
};


/** An item of the nomenclature: goods or a service the company sells. */
export type ProducthistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** An item of the nomenclature: goods or a service the company sells. */
export type ProductpriceArgs = {
  on?: InputMaybe<Scalars['LocalDate']['input']>;
  priceTypeId: Scalars['ID']['input'];
};


/** An item of the nomenclature: goods or a service the company sells. */
export type ProductpricesArgs = {
  priceTypeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products of this page with their cursors. */
  edges: Array<ProductEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of products matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A product with its cursor. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Cursor to page from this product. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** Conditions on products; all given conditions must hold. */
export type ProductFilter = {
  /** Only archived (true) or only active (false) products. Default false; null for both. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only products in this group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** With `groupId`: also products in its subgroups, at any depth. Default true. */
  includeSubgroups?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name or code; case-insensitive, at least 2 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only these types. */
  types?: InputMaybe<Array<ProductType>>;
};

/** A folder of the nomenclature. */
export type ProductGroup = Node & {
  __typename?: 'ProductGroup';
  /** Groups directly inside it, by name. */
  children: Array<ProductGroup>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name, unique among its siblings. */
  name: Scalars['String']['output'];
  /** The group it sits in; null at the top. */
  parent: Maybe<ProductGroup>;
  /** Names from the top down to this group, e.g. `Equipment/Pumps`. */
  path: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the group. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of a product group. */
export type ProductGroupPayload = {
  __typename?: 'ProductGroupPayload';
  /** The group as saved; null when `userErrors` is not empty. */
  group: Maybe<ProductGroup>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A product to load. Fields left out keep their stored value; a new product needs `name`, `type` and `unit`. */
export type ProductImportRow = {
  /** Article number (SKU), at most 100 characters; unique. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** The nomenclature group by its path of names from the root, separated by `/`. The group must exist. */
  groupPath?: InputMaybe<Scalars['String']['input']>;
  /** Name, at most 300 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Goods or service. */
  type?: InputMaybe<ProductType>;
  /** Unit of measure, at most 20 characters. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** One sort key. */
export type ProductOrder = {
  /** The direction. Default ASC. */
  direction?: InputMaybe<SortDirection>;
  /** The field. */
  field: ProductOrderField;
};

/** What products can be sorted by. */
export type ProductOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Name. */
  | 'NAME';

/** The answer to a change of a product. */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  /** The product as saved; null when `userErrors` is not empty. */
  product: Maybe<Product>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** How a related product stands for a product. */
export type ProductRelationKind =
  /** Can be offered instead with the buyer's agreement. */
  | 'ANALOGUE'
  /** Replaces the product outright. */
  | 'SUBSTITUTE';

/** Whether a product is shipped or performed. */
export type ProductType =
  /** Goods: shipped. */
  | 'GOODS'
  /** A service: performed. */
  | 'SERVICE';

/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
  /** An agreement by global id; null when there is none. */
  agreement: Maybe<Agreement>;
  /** Agreements matching `where`, by name, then id. */
  agreements: AgreementConnection;
  /** API keys matching `where`, newest first (revoked and expired ones too, unless `where` leaves them out). Needs an ADMIN key. */
  apiKeys: ApiKeyConnection;
  /** An appeal by global id; null when there is none. */
  appeal: Maybe<Appeal>;
  /** The top-level appeal types, by name. */
  appealTypes: Array<AppealType>;
  /** Appeals matching `where`, newest first. */
  appeals: AppealConnection;
  /**
   * A manager's working view, sorted by time, then kind, then record: the employee's planned
   * chronicle contacts (as responsible employee), open tasks assigned to them, planned service
   * visits (as engineer), open appeals and claims with a due time (as responsible employee), and the
   * unfinished POSTED orders of the counterparties they are responsible for: a SHIPMENT event on the
   * expected shipment date while not fully shipped, a PAYMENT event on the expected payment date
   * while not fully paid (partly shipped or paid ones included). Each event's `state` is taken in
   * the employee's time zone. Read in one SQL statement however many events there are.
   */
  calendar: CalendarConnection;
  /**
   * The call log: calls per day of `timeZone` and per information source the caller named, from
   * `from` to `to` (at most 1100 days). A call is a done chronicle entry of kind CALL, whoever it is
   * about (registered by `registerCall` or `createChronicleEntry`). Cells without calls are left
   * out; rows by day, then source (none last). Counted by the database in one statement.
   */
  callLog: Array<CallLogRow>;
  /** A campaign by global id; null when there is none. */
  campaign: Maybe<Campaign>;
  /**
   * What each campaign whose dates overlap the period from `from` to `to` (at most 1100 days)
   * brought in it. A campaign reaches the counterparties taking part in it, the counterparties where
   * a person taking part holds a position during the campaign, and the counterparties that came from
   * its information source. Counted in the period: contacts (chronicle entries DONE, by when they
   * happened in `timeZone`, with a counterparty it reaches, with a person taking part, or naming its
   * information source), new clients
   * (counterparties it reaches whose first POSTED order ever is dated in the period, on or after the
   * campaign's start) and the revenue of their POSTED orders
   * dated in the period, on or after the campaign's start, in the campaign's currency (orders in other
   * currencies are left out). Profit is that revenue less the campaign's total cost. New contact cards
   * and deals won are not counted yet. Latest start first. Counted by the database in one statement.
   */
  campaignEffectiveness: Array<CampaignEffectivenessRow>;
  /** The top-level campaign groups, by name. */
  campaignGroups: Array<CampaignGroup>;
  /** Campaigns matching `where`, latest start first (then newest id). */
  campaigns: CampaignConnection;
  /** Chronicle entries of all counterparties matching `where`, newest first (by `occurredAt`, then id). */
  chronicleEntries: ChronicleEntryConnection;
  /** A chronicle entry by global id; null when there is none. */
  chronicleEntry: Maybe<ChronicleEntry>;
  /** A claim by global id; null when there is none. */
  claim: Maybe<Claim>;
  /** The top-level claim causes, by name. */
  claimCauses: Array<ClaimCause>;
  /**
   * Claims per month from `from` to `to` (at most 1100 days): registered in the month, worked off
   * (closed) in it, and open at its end (or at the end of the period, for the last month when `to`
   * falls before the month's end). Months and days are those of `timeZone`. With `byDepartment`, one
   * row per month and department at fault (none is a group of its own) for the groups with any
   * claim, else one row per month, zeros included. Counted by the database in one statement. A
   * claim reopened counts as closed only by its latest closing.
   */
  claimDynamics: Array<ClaimDynamicsRow>;
  /**
   * Outcomes of the claims closed from `from` to `to` (at most 1100 days, days of `timeZone`), per
   * cause (none is a group of its own): how many were satisfied, partly satisfied, rejected and
   * withdrawn, and each as a percentage of the cause's closed claims. Most closed claims first.
   * Counted by the database in one statement.
   */
  claimSatisfaction: Array<ClaimSatisfactionRow>;
  /**
   * Which departments at fault and which causes brought the claims registered from `from` to `to`
   * (at most 1100 days, days of `timeZone`): claims and amounts per department and per cause,
   * ranked by the number of claims. Counted by the database in one statement.
   */
  claimStructure: ClaimStructure;
  /** Claims matching `where`, newest first. */
  claims: ClaimConnection;
  /** A contact card by global id; null when there is none. */
  contactCard: Maybe<ContactCard>;
  /** The top-level contact card groups, by name. */
  contactCardGroups: Array<ContactCardGroup>;
  /** Contact cards matching `where`, newest first. */
  contactCards: ContactCardConnection;
  /**
   * Contacts over a period: the chronicle entries (contacts and events, planned, done and cancelled)
   * whose `occurredAt` falls from the start of `from` to the end of `to` in `timeZone` (at most 1100
   * days), counted per group of the dimensions chosen in `groupBy` (none: one group of them all),
   * with the total over every group. Entries of contact cards (leads) are counted too; `where` narrows
   * the entries as it narrows `chronicleEntries` (its `from`/`to` instants narrow the period further).
   * Groups without entries are left out. Rows come in the order of `groupBy`: employees and
   * counterparties by name, channels, directions and kinds in the order of their enums, time buckets
   * oldest first. Counted by the database in one statement; the groups' employees, counterparties
   * and contact cards are read by the request's loaders.
   */
  contactsReport: ContactsReport;
  /** A contract by global id; null when there is none. */
  contract: Maybe<Contract>;
  /** All contract templates, by name. */
  contractTemplates: Array<ContractTemplate>;
  /** Contracts matching `where`, newest date first, then id. */
  contracts: ContractConnection;
  /** Counterparties matching `where`, in `orderBy` order (default: name). */
  counterparties: CounterpartyConnection;
  /** A counterparty by global id; null when there is none. */
  counterparty: Maybe<Counterparty>;
  /** A counterparty by the id it has in an external system; null when there is none. */
  counterpartyByExternalId: Maybe<Counterparty>;
  /**
   * Contact information of counterparties: the printable list of names, requisites, addresses,
   * phones, e-mails and web sites, with the contact persons asked for (`persons`), of the
   * counterparties `where` matches, in `orderBy` order (default: name), exactly as `counterparties`
   * filters and orders them. A page is one statement, its persons aggregated in it; `totalCount`
   * is one more, asked only when selected.
   */
  counterpartyContactList: CounterpartyContactListConnection;
  /** The group tree: the top-level groups (walk `children` for the rest). */
  counterpartyGroups: Array<CounterpartyGroup>;
  /**
   * A counterparty's work history from `from` to `to` (at most 1100 days), per MONTH, QUARTER or YEAR:
   * what it bought, how often, how it paid and what claims it made (see `WorkHistoryPeriod`). An
   * unknown counterparty is NOT_FOUND. Any staff key may read it. Counted by the database in one
   * statement (for every counterparty asked in one request, through `Counterparty.workHistory`).
   */
  counterpartyWorkHistory: WorkHistory;
  /** A deal by global id; null when there is none. */
  deal: Maybe<Deal>;
  /** Deals matching `where`, newest first. */
  deals: DealConnection;
  /** Departments of the company, by name. */
  departments: DepartmentConnection;
  /** Employees of the company, by name. */
  employees: EmployeeConnection;
  /** Information sources (where clients learn about the company), by name. */
  informationSources: InformationSourceConnection;
  /**
   * Knowledge-base articles matching `where`, newest first. `search` finds an article by the words of
   * its question and answer (as written: no language's stemming, so Ukrainian and Russian work) or
   * by a fragment of them.
   */
  knowledgeArticles: KnowledgeArticleConnection;
  /** The reasons deals are lost, by name. */
  lostReasons: Array<LostReason>;
  /**
   * Managers compared side by side over a period (from the start of `from` to the end of `to` in
   * `timeZone`, at most 1100 days): per employee, the contacts made, the deals won and their
   * amounts, the orders and revenue, the claims against them, and their overdue tasks today. One
   * row per employee asked for (`employeeIds`), else per employee of `departmentId` (or of every
   * department) that is active or has any figure in the period, by name. Counted by the database in
   * one statement; the employees are read by the request's loader.
   */
  managerPerformance: Array<ManagerPerformanceRow>;
  /**
   * Fetches any object by its global id. Returns null when nothing has that id; a malformed id is a
   * BAD_USER_INPUT error.
   */
  node: Maybe<Node>;
  /**
   * Fetches several objects by global id, in the order asked, with null for each id that names
   * nothing. At most 100 ids.
   */
  nodes: Array<Maybe<Node>>;
  /** An obligation by global id; null when there is none. */
  obligation: Maybe<Obligation>;
  /** Obligations of all counterparties matching `where`, by due date (those without one last), then id. */
  obligations: ObligationConnection;
  /** An order by global id; null when there is none. */
  order: Maybe<Order>;
  /**
   * The analysis of one order: its lines, shipments, payments, the obligations of its contract with
   * what this order fulfilled of each, and the settlements it leaves. Null when there is no such order.
   * Dates such as "overdue" are judged on today in the caller's time zone.
   */
  orderAnalysis: Maybe<OrderAnalysis>;
  /** Orders matching `where`, newest date first, then id. */
  orders: OrderConnection;
  /** Definitions of the typed parameters counterparties can carry. */
  parameterDefinitions: Array<ParameterDefinition>;
  /**
   * The sales activity of the counterparties with the role PARTNER, per month from `from` to `to`
   * (at most 1100 days): their POSTED orders (by order date) with totals per currency, and the
   * claims they made (by registration, in `timeZone`). Months with neither orders nor claims are
   * left out. Rows by counterparty, then month. Counted by the database in one statement.
   */
  partnerSalesActivity: Array<PartnerSalesActivityRow>;
  /** A person by global id; null when there is none. */
  person: Maybe<Person>;
  /** A person by the id it has in an external system; null when there is none. */
  personByExternalId: Maybe<Person>;
  /** Persons matching `where`, by last name, first name and id. */
  persons: PersonConnection;
  /** Every price type, by name. */
  priceTypes: Array<PriceType>;
  /** A product by global id; null when there is none. */
  product: Maybe<Product>;
  /** A product by the id it has in an external system; null when there is none. */
  productByExternalId: Maybe<Product>;
  /** The nomenclature's group tree: the top-level groups (walk `children` for the rest). */
  productGroups: Array<ProductGroup>;
  /** Products matching `where`, in `orderBy` order (default: name). */
  products: ProductConnection;
  /**
   * The audit log across records, newest first: every change to a register record, with who made
   * it. Needs an ADMIN key (FORBIDDEN for any other).
   */
  recordHistory: HistoryEntryConnection;
  /**
   * How the participants' sales moved around a campaign: the POSTED orders of its participants
   * (participating counterparties, and the counterparties where participating persons hold a position
   * during the campaign) dated in the `days` days after its end against those dated in the `days`
   * days before its start, per currency. An unknown campaign is NOT_FOUND. Counted by the database
   * in one statement.
   */
  salesAfterCampaign: SalesAfterCampaign;
  /**
   * The sales funnel of the period from `from` to `to` (whole days of `timeZone`, at most 1100
   * days), for one employee's deals (`employeeId`, by the deal's assigned employee) or all, and
   * grouped by assigned employee when `byEmployee` (deals assigned to nobody are a group of their
   * own); without `byEmployee` one group. A deal is in the period when it moved in it (its creation
   * counts), or was open (not in RESULT) when the period began.
   * - `columns` and `stages`: where those deals stood at the end of the period (from their moves),
   *   counted, with their amounts per currency (each deal's current amount); `results` the same for
   *   the deals in RESULT, per result.
   * - `reached` of a column: the deals that reached it or a column after it by a move in the
   *   period (a skip forward passes the columns skipped); `conversion` of a column: its `reached`
   *   as a percentage of the previous column's.
   * Counted by the database in one statement.
   */
  salesFunnel: Array<SalesFunnel>;
  /** A service card by global id; null when there is none. */
  serviceCard: Maybe<ServiceCard>;
  /** The top-level folders of the service journal, by name. */
  serviceCardGroups: Array<ServiceCardGroup>;
  /** Service cards matching `where`, newest first. */
  serviceCards: ServiceCardConnection;
  /**
   * Analysis of contacts and information sources: what each information source (or each campaign)
   * brought from `from` to `to` (at most 1100 days), per month when `groupBy` has MONTH. A source's
   * counterparties are those that came from it (`Counterparty.informationSource`); a campaign's are
   * those it reaches (participating counterparties, counterparties where a participating person holds
   * a position during the campaign, and those that came from its source), from its first day on.
   * Counted in the period:
   * - contacts: chronicle entries DONE, by when they happened in `timeZone`, that name the source (a
   *   campaign: its source), or name no source and are with one of its counterparties;
   * - new clients: its counterparties whose first POSTED order ever is dated in the period;
   * - sales: its counterparties' POSTED orders dated in the period, per currency, with their cost
   *   (each line's quantity × the product's cost price in the order's currency in force on the order
   *   date, see `Product.costPrice`) and the profit.
   * Groups (and months) with none of these are left out. By name, then month. Any staff key may read
   * it. Counted by the database in one statement.
   */
  sourceAnalysis: Array<SourceAnalysisRow>;
  /**
   * What each information source brought from `from` to `to` (at most 1100 days): contacts (chronicle
   * entries DONE in the period, by when they happened in `timeZone`, naming the source or with a
   * counterparty that came from it), new clients (counterparties that came from it whose first POSTED
   * order ever is dated in the period), the revenue of POSTED orders dated in the period of the
   * counterparties that came from it, the total cost of its campaigns whose dates overlap the period,
   * and the profit, each per currency. Sources with none of these are left out; by name. Counted by
   * the database in one statement.
   */
  sourceEffectiveness: Array<SourceEffectivenessRow>;
  /** A task by global id; null when there is none. */
  task: Maybe<Task>;
  /** Tasks matching `where`, earliest due first, then id. */
  tasks: TaskConnection;
  /** Time entries matching `where`, latest day first, then newest. */
  timeEntries: TimeEntryConnection;
  /** The API key making this request and what it may do. */
  viewer: Viewer;
  /** The delivery log, newest first: of one webhook or of all, of one status or of every one. Needs an ADMIN key. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The registered webhooks, newest first. Needs an ADMIN key. */
  webhooks: WebhookConnection;
  /**
   * Minutes worked from `from` to `to` (inclusive, at most 1100 days), grouped by the dimensions in
   * `by` and by `period` when given, computed by the database in one statement. Rows come by period,
   * then employee, then counterparty.
   */
  workTimeSummary: Array<WorkTimeSummaryRow>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryagreementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryagreementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<AgreementFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryapiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ApiKeyFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryappealArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
  where?: InputMaybe<AppealFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycalendarArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  where?: InputMaybe<CalendarFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycallLogArgs = {
  direction?: InputMaybe<ContactDirection>;
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycampaignArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycampaignEffectivenessArgs = {
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<CampaignFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerychronicleEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ChronicleEntriesFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerychronicleEntryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryclaimArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryclaimDynamicsArgs = {
  byDepartment?: InputMaybe<Scalars['Boolean']['input']>;
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryclaimSatisfactionArgs = {
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryclaimStructureArgs = {
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
  where?: InputMaybe<ClaimFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycontactCardArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycontactCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<ContactCardFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycontactsReportArgs = {
  from: Scalars['LocalDate']['input'];
  groupBy?: InputMaybe<Array<ContactsReportGrouping>>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
  where?: InputMaybe<ChronicleEntriesFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycontractArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
  where?: InputMaybe<ContractFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycounterpartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CounterpartyOrder>>;
  where?: InputMaybe<CounterpartyFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycounterpartyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycounterpartyByExternalIdArgs = {
  externalId: Scalars['String']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycounterpartyContactListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<CounterpartyOrder>>;
  persons?: InputMaybe<CounterpartyContactListPersons>;
  where?: InputMaybe<CounterpartyFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerycounterpartyWorkHistoryArgs = {
  bucket?: InputMaybe<WorkHistoryBucket>;
  counterpartyId: Scalars['ID']['input'];
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerydealArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerydealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<DealFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerydepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryemployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<EmployeeFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryinformationSourcesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryknowledgeArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<KnowledgeArticleFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerylostReasonsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerymanagerPerformanceArgs = {
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  employeeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
 * The root of every read. Modules add their fields with `extend type Query`.
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
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryobligationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
  where?: InputMaybe<ObligationsFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryorderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryorderAnalysisArgs = {
  orderId: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
  where?: InputMaybe<OrderFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerypartnerSalesActivityArgs = {
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerypersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerypersonByExternalIdArgs = {
  externalId: Scalars['String']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerypersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<PersonFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerypriceTypesArgs = {
  purpose?: InputMaybe<PriceTypePurpose>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryproductArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryproductByExternalIdArgs = {
  externalId: Scalars['String']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryproductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<Array<ProductOrder>>;
  where?: InputMaybe<ProductFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryrecordHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<RecordHistoryFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerysalesAfterCampaignArgs = {
  campaignId: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerysalesFunnelArgs = {
  byEmployee?: InputMaybe<Scalars['Boolean']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryserviceCardArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
  where?: InputMaybe<ServiceCardFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerysourceAnalysisArgs = {
  from: Scalars['LocalDate']['input'];
  groupBy?: Array<SourceAnalysisGrouping>;
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
  where?: InputMaybe<SourceAnalysisFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerysourceEffectivenessArgs = {
  from: Scalars['LocalDate']['input'];
  timeZone?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['LocalDate']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerytaskArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerytasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<TaskFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerytimeEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<TimeEntryFilter>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerywebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
  webhookId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QuerywebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The root of every read. Modules add their fields with `extend type Query`.
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
export type QueryworkTimeSummaryArgs = {
  by: Array<WorkTimeGrouping>;
  from: Scalars['LocalDate']['input'];
  period?: InputMaybe<WorkTimePeriod>;
  to: Scalars['LocalDate']['input'];
  where?: InputMaybe<TimeEntryFilter>;
};

/** Work done on an appeal. */
export type RecordAppealWorkInput = {
  /** The appeal. */
  appealId: Scalars['ID']['input'];
  /** What was done, at most 5000 characters. */
  description: Scalars['String']['input'];
  /** Who did it; default the employee of the API key. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** When; default now. */
  happenedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Time it took, 1 to 1440 minutes. */
  minutes?: InputMaybe<Scalars['Int']['input']>;
  /** Whether the client sees it in the partner portal; default false. */
  visibleToClient?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Which audit log entries `recordHistory` returns; every condition given must hold. */
export type RecordHistoryFilter = {
  /** Only changes made with this API key. */
  apiKeyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes made with keys acting for this employee. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes made at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only changes of this kind. */
  operation?: InputMaybe<HistoryOperation>;
  /** Only the changes of this record (a global id of any audited type). */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records of this type, by its GraphQL name: `Counterparty`, `Order`, `Deal`, ... */
  recordType?: InputMaybe<Scalars['String']['input']>;
  /** Only changes made before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Part or all of an obligation fulfilled. */
export type RecordObligationFulfilmentInput = {
  /** The amount fulfilled now, more than zero, at most 2 decimal places; the total fulfilled may not exceed the obligation's amount. */
  amount: Scalars['Decimal']['input'];
  /** The day it was fulfilled; default today in the caller's time zone. */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The obligation; it must be OPEN or PARTIALLY_FULFILLED, have an amount, and not be fulfilled by orders (see the mutation). */
  id: Scalars['ID']['input'];
};

/** A payment to register. */
export type RecordPaymentInput = {
  /** Amount, more than 0, at most 2 decimal places, at most what is still unpaid. */
  amount: Scalars['Decimal']['input'];
  /** Day of the payment; not before the order date. */
  date: Scalars['LocalDate']['input'];
  /** The POSTED order paid. */
  orderId: Scalars['ID']['input'];
};

/** A visit done. */
export type RecordServiceVisitInput = {
  /** When it was done; default now. */
  doneAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Time spent, in minutes, 0 to 100000. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The visit; it must be PLANNED. */
  id: Scalars['ID']['input'];
  /** What came of it, at most 5000 characters. */
  result?: InputMaybe<Scalars['String']['input']>;
};

/** A shipment to register. */
export type RecordShipmentInput = {
  /** Day of the shipment; not before the order date. */
  date: Scalars['LocalDate']['input'];
  /** What ships; at least one line. */
  lines: Array<ShipmentLineInput>;
  /** The POSTED order shipped. */
  orderId: Scalars['ID']['input'];
};

/** A new appeal. */
export type RegisterAppealInput = {
  /** The caller's name, at most 200 characters. */
  callerName?: InputMaybe<Scalars['String']['input']>;
  /** The caller's phone. */
  callerPhone?: InputMaybe<Scalars['String']['input']>;
  /** How the appeal came in. */
  channel: ContactChannel;
  /** The counterparty that appeals, when known. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** The department to work it off. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** When it should be resolved. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Id in an external system; unique. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** How much it matters. Default NORMAL. */
  importance?: InputMaybe<Importance>;
  /** When the responsible employee is reminded of it, while it is open: a notification (`Viewer.notifications`) at that time. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The employee responsible, an active one. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is about, at most 500 characters. */
  subject: Scalars['String']['input'];
  /** What the client said, at most 10000 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Its type. */
  typeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A phone call to register. */
export type RegisterCallInput = {
  /** The caller's name, at most 300 characters; with neither card nor counterparty, the new card's name. */
  callerName?: InputMaybe<Scalars['String']['input']>;
  /** The caller's phone; with neither card nor counterparty, the new card's phone. */
  callerPhone?: InputMaybe<Scalars['String']['input']>;
  /** The contact card the call is about (not converted); at most one of `contactCardId` and `counterpartyId`. */
  contactCardId?: InputMaybe<Scalars['ID']['input']>;
  /** The counterparty the call is about. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Who called whom; default INCOMING. */
  direction?: InputMaybe<ContactDirection>;
  /** Its length in minutes, from 0 to 100000. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** When it happened; default now, never in the future. */
  happenedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The information source the caller named. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** What came of it, at most 5000 characters. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** What the call was about, at most 500 characters; default a line naming the caller. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** The answer to a registered call. */
export type RegisterCallPayload = {
  __typename?: 'RegisterCallPayload';
  /** The call, as a chronicle entry; null when `userErrors` is not empty. */
  chronicleEntry: Maybe<ChronicleEntry>;
  /** The card the call went to: the one named, or the new one made from the caller; null for a call about a counterparty. */
  contactCard: Maybe<ContactCard>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A new claim. */
export type RegisterClaimInput = {
  /** The amount claimed: zero or more, at most 2 decimal places. */
  amountClaimed?: InputMaybe<Scalars['Decimal']['input']>;
  /** The cause. */
  causeId?: InputMaybe<Scalars['ID']['input']>;
  /** The contract it is about; one of the counterparty's. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** The counterparty that makes the claim. */
  counterpartyId: Scalars['ID']['input'];
  /** The currency of the amounts; required with an amount. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** What is demanded, at most 5000 characters. */
  demand?: InputMaybe<Scalars['String']['input']>;
  /** The department at fault. */
  departmentAtFaultId?: InputMaybe<Scalars['ID']['input']>;
  /** When it should be worked off; not before `registeredAt`. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The employee at fault. */
  employeeAtFaultId?: InputMaybe<Scalars['ID']['input']>;
  /** What the claim is about, at most 5000 characters. */
  essence: Scalars['String']['input'];
  /** Id in an external system; unique, at most 200 characters. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The order it is about; one of the counterparty's. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Its person who makes it; must hold, or have held, a position at the counterparty. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The product it is about. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** When it was registered; default now, never in the future. */
  registeredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The employee who works it off; an active one. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where an appeal or a claim was registered. */
export type RegisteredVia =
  /** By the client, in the partner portal. */
  | 'PORTAL'
  /** By staff, through this API. */
  | 'STAFF';

/** Which expense of a campaign to remove. */
export type RemoveCampaignExpenseInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The expense. */
  id: Scalars['ID']['input'];
};

/** Which material of a campaign to remove. */
export type RemoveCampaignMaterialInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The material. */
  id: Scalars['ID']['input'];
};

/** Which participant of a campaign to remove. */
export type RemoveCampaignParticipantInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The participant. */
  id: Scalars['ID']['input'];
};

/** The answer to a removal from a campaign's tab. */
export type RemoveCampaignRecordPayload = {
  __typename?: 'RemoveCampaignRecordPayload';
  /** Id of the removed record; null when `userErrors` is not empty. */
  deletedId: Maybe<Scalars['ID']['output']>;
  /** Why nothing was removed; empty on success. */
  userErrors: Array<UserError>;
};

/** Which revenue of a campaign to remove. */
export type RemoveCampaignRevenueInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The revenue. */
  id: Scalars['ID']['input'];
};

/** A person taken off a card. */
export type RemoveContactCardPersonInput = {
  /** The card; not converted. */
  contactCardId: Scalars['ID']['input'];
  /** The person. */
  personId: Scalars['ID']['input'];
};

/** A competitor to remove from a client's list. */
export type RemoveCounterpartyCompetitorInput = {
  /** The competitor. */
  competitorId: Scalars['ID']['input'];
  /** The client. */
  counterpartyId: Scalars['ID']['input'];
  /** The counterparty's version you read; when given, a different current version is a CONFLICT and nothing changes. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** A link to remove. */
export type RemoveProductRelationInput = {
  /** Analogue or substitute. */
  kind: ProductRelationKind;
  /** The product whose dossier has the link. */
  productId: Scalars['ID']['input'];
  /** The related product. */
  relatedId: Scalars['ID']['input'];
};

/** An appeal type's new name. */
export type RenameAppealTypeInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The type. */
  id: Scalars['ID']['input'];
  /** New name. */
  name: Scalars['String']['input'];
};

/** A campaign group's new name. */
export type RenameCampaignGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The group. */
  id: Scalars['ID']['input'];
  /** New name. */
  name: Scalars['String']['input'];
};

/** A claim cause's new name. */
export type RenameClaimCauseInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The cause. */
  id: Scalars['ID']['input'];
  /** New name. */
  name: Scalars['String']['input'];
};

/** A contact card group's new name. */
export type RenameContactCardGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The group. */
  id: Scalars['ID']['input'];
  /** New name. */
  name: Scalars['String']['input'];
};

/** A group's new name. */
export type RenameCounterpartyGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The group. */
  id: Scalars['ID']['input'];
  /** New name. */
  name: Scalars['String']['input'];
};

/** A product group's new name. */
export type RenameProductGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The group. */
  id: Scalars['ID']['input'];
  /** New name. */
  name: Scalars['String']['input'];
};

/** A folder's new name. */
export type RenameServiceCardGroupInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The folder. */
  id: Scalars['ID']['input'];
  /** New name. */
  name: Scalars['String']['input'];
};

/** A reopening of a closed claim. */
export type ReopenClaimInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The claim; it must be closed. */
  id: Scalars['ID']['input'];
  /** Why it is reopened, at most 5000 characters. */
  reason: Scalars['String']['input'];
};

/** A reopening of a deal in RESULT. */
export type ReopenDealInput = {
  /** The column it goes back to; default CONTACT_1, never RESULT. */
  column?: InputMaybe<DealColumn>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The deal; it must be in RESULT. */
  id: Scalars['ID']['input'];
  /** Why it is reopened, at most 2000 characters. */
  reason: Scalars['String']['input'];
};

/** Reopens a task. */
export type ReopenTaskInput = {
  /** The version the client read. */
  expectedVersion: Scalars['Int']['input'];
  /** Global id of the task. */
  id: Scalars['ID']['input'];
};

/** A key to revoke. */
export type RevokeApiKeyInput = {
  /** Global id of the key. */
  id: Scalars['ID']['input'];
};

/** The answer to `revokeApiKey`. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The key, revoked; null when `userErrors` is not empty. */
  apiKey: Maybe<ApiKey>;
  /** Why nothing was revoked; empty on success. */
  userErrors: Array<UserError>;
};

/** What an API key may do. */
export type Role =
  /** Everything, including managing API keys. */
  | 'ADMIN'
  /** Read and change the register. */
  | 'MANAGER'
  /** Read only. */
  | 'VIEWER';

/** The webhook whose secret to replace. */
export type RotateWebhookSecretInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The webhook. */
  id: Scalars['ID']['input'];
};

/** The participants' sales in the days before a campaign and after it. */
export type SalesAfterCampaign = {
  __typename?: 'SalesAfterCampaign';
  /** First day counted after the campaign: the day after its end. */
  afterFrom: Scalars['LocalDate']['output'];
  /** Last day counted after the campaign: its end + `days`. */
  afterTo: Scalars['LocalDate']['output'];
  /** First day counted before the campaign: its start − `days`. */
  beforeFrom: Scalars['LocalDate']['output'];
  /** Last day counted before the campaign: the day before its start. */
  beforeTo: Scalars['LocalDate']['output'];
  /** Per currency of their orders, by currency code. */
  byCurrency: Array<SalesComparison>;
  /** The campaign. */
  campaign: Campaign;
  /** Counterparties counted (participating ones, and those of participating persons). */
  counterparties: Scalars['Int']['output'];
  /** Days on each side. */
  days: Scalars['Int']['output'];
};

/** Sales in one currency before and after a campaign. */
export type SalesComparison = {
  __typename?: 'SalesComparison';
  /** Their total after. */
  after: Scalars['Decimal']['output'];
  /** Their total before. */
  before: Scalars['Decimal']['output'];
  /** `after` − `before`. */
  change: Scalars['Decimal']['output'];
  /** The currency. */
  currency: Scalars['Currency']['output'];
  /** POSTED orders after. */
  ordersAfter: Scalars['Int']['output'];
  /** POSTED orders before. */
  ordersBefore: Scalars['Int']['output'];
};

/** One group of the sales funnel: all deals, or one assigned employee's. */
export type SalesFunnel = {
  __typename?: 'SalesFunnel';
  /** Every column, in funnel order. */
  columns: Array<SalesFunnelColumn>;
  /** Deals in the period. */
  deals: Scalars['Int']['output'];
  /** The assigned employee, with `byEmployee`; null for the deals assigned to nobody, and without `byEmployee`. */
  employee: Maybe<Employee>;
  /** Every result, in order. */
  results: Array<SalesFunnelResult>;
  /** Every stage, in order. */
  stages: Array<SalesFunnelStage>;
};

/** A column of the sales funnel in figures. */
export type SalesFunnelColumn = {
  __typename?: 'SalesFunnelColumn';
  /** Their amounts, per currency, by currency code. */
  amounts: Array<CurrencyAmount>;
  /** The column. */
  column: DealColumn;
  /** `reached` as a percentage of the previous column's, two decimals; null for PROSPECT and when the previous column's `reached` is 0. */
  conversion: Maybe<Scalars['Decimal']['output']>;
  /** Deals in it at the end of the period. */
  deals: Scalars['Int']['output'];
  /** Deals that reached it (or a later column) by a move in the period. */
  reached: Scalars['Int']['output'];
};

/** A result of the sales funnel in figures. */
export type SalesFunnelResult = {
  __typename?: 'SalesFunnelResult';
  /** Their amounts, per currency. */
  amounts: Array<CurrencyAmount>;
  /** Deals in RESULT with it at the end of the period. */
  deals: Scalars['Int']['output'];
  /** The result. */
  result: DealResult;
};

/** A stage of the sales funnel in figures. */
export type SalesFunnelStage = {
  __typename?: 'SalesFunnelStage';
  /** Their amounts, per currency. */
  amounts: Array<CurrencyAmount>;
  /** Deals at it at the end of the period. */
  deals: Scalars['Int']['output'];
  /** The stage. */
  stage: DealStage;
};

/** An e-mail to send to a counterparty or a person of it. */
export type SendEmailInput = {
  /** The appeal the e-mail answers, an appeal of the counterparty. */
  appealId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Files from the attachments store (global ids of Attachment) to send with it, at most 20, together
   * no larger than MAX_UPLOAD_BYTES; each must be one the caller may read.
   */
  attachmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The text of the message, at most 1,000,000 characters. */
  body: Scalars['String']['input'];
  /** Copy recipients' addresses, at most 50. */
  cc?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The claim the e-mail is about, a claim of the counterparty: the entry joins the claim's chronicle. */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The counterparty the e-mail is correspondence with; its chronicle gets the entry. When left out,
   * the person's counterparty: where the person holds a current position (the primary one when several).
   */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** The deal the e-mail is about, a deal of the counterparty. */
  dealId?: InputMaybe<Scalars['ID']['input']>;
  /** An HTML version of the message, at most 1,000,000 characters; mail programs show it instead of `body`. */
  html?: InputMaybe<Scalars['String']['input']>;
  /** The contact person written to; must hold, or have held, a position at the counterparty. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The responsible employee of the chronicle entry; by default the employee the API key acts for. Must be active. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The subject, at most 500 characters. When left out, `Re: ` and the subject of what the e-mail is
   * about: the appeal's subject, the claim's essence, the deal's name (the first given); REQUIRED
   * when none is given.
   */
  subject?: InputMaybe<Scalars['String']['input']>;
  /**
   * Recipients' addresses, at most 50. When left out (and no `cc` is given), the person's first
   * e-mail address, else the counterparty's first; with none known it is a REQUIRED user error on `to`.
   */
  to?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** The answer to `sendEmail`. */
export type SendEmailPayload = {
  __typename?: 'SendEmailPayload';
  /** The chronicle entry of the e-mail, with the message in `email`; null when `userErrors` is not empty. */
  chronicleEntry: Maybe<ChronicleEntry>;
  /** Why nothing was sent or written; empty on success. */
  userErrors: Array<UserError>;
};

/** Paid periodic service of a client's object under a contract, with its schedule of visits. */
export type ServiceCard = Audited & Node & {
  __typename?: 'ServiceCard';
  /** Whether it is archived (hidden from default lists). */
  archived: Scalars['Boolean']['output'];
  /** When it was archived. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The contract the service is done under. */
  contract: Maybe<Contract>;
  /** The client served. */
  counterparty: Counterparty;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The engineer responsible for the visits. */
  engineer: Maybe<Employee>;
  /** Id in an external system (for imports); unique when present. */
  externalId: Maybe<Scalars['String']['output']>;
  /** The folder of the service journal it is filed in. */
  group: Maybe<ServiceCardGroup>;
  /** Every change to this service card, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** N of the EVERY_N_* periodicities; null otherwise. */
  interval: Maybe<Scalars['Int']['output']>;
  /** Internal notes. */
  notes: Maybe<Scalars['String']['output']>;
  /** Card number, unique. */
  number: Scalars['String']['output'];
  /** The client's object served; null when the card is for the client as a whole. */
  object: Maybe<CounterpartyObject>;
  /** Last day of the service period; a schedule needs it. */
  periodEnd: Maybe<Scalars['LocalDate']['output']>;
  /** First day of the service period; a schedule needs it. */
  periodStart: Maybe<Scalars['LocalDate']['output']>;
  /** How often visits recur. */
  periodicity: ServicePeriodicity;
  /** At most this many visits in the schedule; null for as many as the period holds. */
  plannedContacts: Maybe<Scalars['Int']['output']>;
  /** Where the card is in its life. */
  status: ServiceCardStatus;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the card. */
  version: Scalars['Int']['output'];
  /** The schedule, by planned date, then id. */
  visits: Array<ServiceVisit>;
  /** When the client works: visits are planned on working days only. */
  workMode: WorkMode;
};


/** Paid periodic service of a client's object under a contract, with its schedule of visits. */
export type ServiceCardhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Paid periodic service of a client's object under a contract, with its schedule of visits. */
export type ServiceCardvisitsArgs = {
  statuses?: InputMaybe<Array<ServiceVisitStatus>>;
};

/** A page of service cards. */
export type ServiceCardConnection = {
  __typename?: 'ServiceCardConnection';
  /** The cards of this page with their cursors. */
  edges: Array<ServiceCardEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of cards matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A service card with its cursor. */
export type ServiceCardEdge = {
  __typename?: 'ServiceCardEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The card. */
  node: ServiceCard;
};

/** Conditions on service cards; all given conditions must hold. An empty list matches nothing. */
export type ServiceCardFilter = {
  /** Only archived (true) or only current (false) cards. Default false; null for both. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only cards under this contract. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cards of this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cards of this engineer. */
  engineerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only cards in this folder (and, by default, the folders below it). */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** With `groupId`: whether cards in folders below it match too. Default true. */
  includeSubgroups?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only cards in one of these statuses. */
  statuses?: InputMaybe<Array<ServiceCardStatus>>;
};

/** A folder of the service journal. */
export type ServiceCardGroup = Node & {
  __typename?: 'ServiceCardGroup';
  /** Folders directly inside it, by name. */
  children: Array<ServiceCardGroup>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Name, unique among its siblings. */
  name: Scalars['String']['output'];
  /** The folder it sits in; null at the top. */
  parent: Maybe<ServiceCardGroup>;
  /** Names from the top down to this folder, e.g. `Kyiv/Boilers`. */
  path: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the folder. */
  version: Scalars['Int']['output'];
};

/** The answer to a change of a folder of the service journal. */
export type ServiceCardGroupPayload = {
  __typename?: 'ServiceCardGroupPayload';
  /** The folder as saved; null when `userErrors` is not empty. */
  group: Maybe<ServiceCardGroup>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * A service card to load. Fields left out keep their stored value and null clears an optional one; a
 * new card needs the counterparty and `number`.
 */
export type ServiceCardImportRow = {
  /** The counterparty's contract the service is done under, by `externalId`. */
  contractExternalId?: InputMaybe<Scalars['String']['input']>;
  /**
   * The counterparty served, by `externalId`; required for a new card. A card stays with its
   * counterparty: naming another one for an existing card is INVALID_STATE.
   */
  counterpartyExternalId?: InputMaybe<Scalars['String']['input']>;
  /** The responsible engineer by e-mail; an active employee. */
  engineerEmail?: InputMaybe<Scalars['String']['input']>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** The folder of the service journal by its path, e.g. `Kyiv/Boilers`. */
  groupPath?: InputMaybe<Scalars['String']['input']>;
  /** N for the EVERY_N_* periodicities, 1 to 366. */
  interval?: InputMaybe<Scalars['Int']['input']>;
  /** Internal notes, at most 10000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Card number, unique, at most 100 characters; required for a new card. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** Last day of the service period; not before `periodStart`. */
  periodEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** First day of the service period. */
  periodStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** How often visits recur; MONTHLY for a new card when left out. */
  periodicity?: InputMaybe<ServicePeriodicity>;
  /** At most this many visits, at least 1. */
  plannedContacts?: InputMaybe<Scalars['Int']['input']>;
  /** Where the card is in its life; ACTIVE for a new card when left out. */
  status?: InputMaybe<ServiceCardStatus>;
  /** When the client works; Monday to Friday for a new card when left out. */
  workMode?: InputMaybe<WorkModeInput>;
};

/** The answer to a change of a service card. */
export type ServiceCardPayload = {
  __typename?: 'ServiceCardPayload';
  /** The card as saved; null when `userErrors` is not empty. */
  serviceCard: Maybe<ServiceCard>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a service card is in its life. */
export type ServiceCardStatus =
  /** Served. */
  | 'ACTIVE'
  /** Service ended. */
  | 'CLOSED'
  /** Service paused. */
  | 'SUSPENDED';

/** How often a card's visits recur. */
export type ServicePeriodicity =
  /** Every day. */
  | 'DAILY'
  /** Every `interval` days. */
  | 'EVERY_N_DAYS'
  /** Every `interval` months. */
  | 'EVERY_N_MONTHS'
  /** Every `interval` weeks. */
  | 'EVERY_N_WEEKS'
  /** Every six months. */
  | 'HALF_YEARLY'
  /** Every month, on the period start's day of the month (the month's last day when it is shorter). */
  | 'MONTHLY'
  /** Every three months. */
  | 'QUARTERLY'
  /** Every week. */
  | 'WEEKLY'
  /** Every year. */
  | 'YEARLY';

/** A visit of a service card's schedule. */
export type ServiceVisit = Node & {
  __typename?: 'ServiceVisit';
  /** The card whose schedule it is in. */
  card: ServiceCard;
  /** The counterparty's chronicle entry the visit wrote when it was done. */
  chronicleEntry: Maybe<ChronicleEntry>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was done; null unless DONE. */
  doneAt: Maybe<Scalars['DateTime']['output']>;
  /** Time spent, in minutes. */
  durationMinutes: Maybe<Scalars['Int']['output']>;
  /** The engineer who goes; the card's engineer unless another was named. */
  engineer: Maybe<Employee>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Generated or added by hand. */
  origin: ServiceVisitOrigin;
  /** The day it is planned for. */
  plannedDate: Scalars['LocalDate']['output'];
  /** When the engineer is reminded of it while it is PLANNED. */
  remindAt: Maybe<Scalars['DateTime']['output']>;
  /** What came of it. */
  result: Maybe<Scalars['String']['output']>;
  /** Where it is. */
  status: ServiceVisitStatus;
  /** The engineer's time the visit took, written when it was recorded done with a duration. */
  timeEntry: Maybe<TimeEntry>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the visit. */
  version: Scalars['Int']['output'];
};

/** How a visit came into the schedule. */
export type ServiceVisitOrigin =
  /** Planned by `generateServiceSchedule`. */
  | 'GENERATED'
  /** Added by hand (`addServiceVisit`). */
  | 'MANUAL';

/** The answer to a change of a visit. */
export type ServiceVisitPayload = {
  __typename?: 'ServiceVisitPayload';
  /** The visit as saved; null when `userErrors` is not empty. */
  serviceVisit: Maybe<ServiceVisit>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a visit is. */
export type ServiceVisitStatus =
  /** It will not take place. */
  | 'CANCELLED'
  /** Done: `doneAt` says when. */
  | 'DONE'
  /** It did not take place. */
  | 'MISSED'
  /** Planned for its date. */
  | 'PLANNED';

/** A competitor of a client, with its share. */
export type SetCounterpartyCompetitorInput = {
  /** The competitor. */
  competitorId: Scalars['ID']['input'];
  /** The client. */
  counterpartyId: Scalars['ID']['input'];
  /** The counterparty's version you read; when given, a different current version is a CONFLICT and nothing changes. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Percentage of the client's purchases, 0 to 100. */
  purchaseShare?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Parameter values to set on a counterparty; values of parameters not listed stay. */
export type SetCounterpartyParametersInput = {
  /** The counterparty. */
  counterpartyId: Scalars['ID']['input'];
  /** The counterparty's version you read; when given, a different current version is a CONFLICT and nothing changes. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The values. */
  values: Array<ParameterValueInput>;
};

/** A dated price to set. */
export type SetPriceInput = {
  /** The first day the price is in force. */
  effectiveFrom: Scalars['LocalDate']['input'];
  /** The price per unit: not negative, at most 2 decimal places. */
  price: Scalars['Decimal']['input'];
  /** The price type. */
  priceTypeId: Scalars['ID']['input'];
  /** The product. */
  productId: Scalars['ID']['input'];
};

/** A link from a product to an analogue or substitute. */
export type SetProductRelationInput = {
  /** Analogue or substitute. */
  kind: ProductRelationKind;
  /** Note, e.g. when the substitute applies. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The product whose dossier gets the link. */
  productId: Scalars['ID']['input'];
  /** The analogue or substitute; not the product itself. */
  relatedId: Scalars['ID']['input'];
};

/** When to remind the engineer of a planned visit. */
export type SetServiceVisitReminderInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The visit; it must be PLANNED. */
  id: Scalars['ID']['input'];
  /** The reminder time; null clears the reminder. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A shipment or payment in a counterparty's settlements. */
export type SettlementEvent = {
  __typename?: 'SettlementEvent';
  /** Amount shipped or paid. */
  amount: Scalars['Decimal']['output'];
  /** Day it happened. */
  date: Scalars['LocalDate']['output'];
  /** Shipment or payment. */
  kind: SettlementEventKind;
  /** The order it belongs to. */
  order: Order;
};

/** What a settlement event is. */
export type SettlementEventKind =
  /** Money received. */
  | 'PAYMENT'
  /** Goods shipped: the counterparty owes for them. */
  | 'SHIPMENT';

/** A counterparty's settlements on its orders. */
export type Settlements = {
  __typename?: 'Settlements';
  /** Shipments and payments of its orders, newest first, at most 100. */
  history: Array<SettlementEvent>;
  /** The part of `receivable` on POSTED orders whose expected payment date has passed. */
  overdue: Scalars['Decimal']['output'];
  /** What it owes: over its POSTED orders, total − paid. */
  receivable: Scalars['Decimal']['output'];
};

/** A shipment of (part of) an order. */
export type Shipment = Audited & Node & {
  __typename?: 'Shipment';
  /** Value of the shipped quantities at the lines' discounted prices. */
  amount: Scalars['Decimal']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Day of the shipment. */
  date: Scalars['LocalDate']['output'];
  /** Every change to this shipment, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id; `node(id)` fetches it. */
  id: Scalars['ID']['output'];
  /** What was shipped. */
  lines: Array<ShipmentLine>;
  /** The order shipped. */
  order: Order;
};


/** A shipment of (part of) an order. */
export type ShipmenthistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A quantity of one order line in a shipment. */
export type ShipmentLine = {
  __typename?: 'ShipmentLine';
  /** The order line shipped. */
  orderLine: OrderLine;
  /** Quantity shipped. */
  quantity: Scalars['Decimal']['output'];
};

/** A quantity of one order line to ship. */
export type ShipmentLineInput = {
  /** The order line (`OrderLine.id`), each at most once per shipment. */
  orderLineId: Scalars['ID']['input'];
  /** Quantity, more than 0, at most 3 decimal places, at most what is still unshipped. */
  quantity: Scalars['Decimal']['input'];
};

/** The answer to registering a shipment. */
export type ShipmentPayload = {
  __typename?: 'ShipmentPayload';
  /** The shipment as saved; null when `userErrors` is not empty. */
  shipment: Maybe<Shipment>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** Sort direction. */
export type SortDirection =
  /** Smallest first: A to Z, oldest first. */
  | 'ASC'
  /** Largest first: Z to A, newest first. */
  | 'DESC';

/** Which sources or campaigns the source analysis counts; all given conditions must hold, an empty list matches nothing. */
export type SourceAnalysisFilter = {
  /** Only these campaigns; only with CAMPAIGN in `groupBy`. */
  campaignIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these information sources (by CAMPAIGN: only campaigns standing for them). */
  informationSourceIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What a row of the source analysis stands for. */
export type SourceAnalysisGrouping =
  /** One row per campaign (campaigns starting on or before the period's last day). */
  | 'CAMPAIGN'
  /** Each source's or campaign's figures split by calendar month (of `timeZone` for contacts, of the order date for sales). */
  | 'MONTH'
  /** One row per information source. */
  | 'SOURCE';

/** What one information source or campaign brought in the period (or in one month of it). */
export type SourceAnalysisRow = {
  __typename?: 'SourceAnalysisRow';
  /** The campaign, by CAMPAIGN; null by SOURCE. */
  campaign: Maybe<Campaign>;
  /** Chronicle entries DONE that count for it (see `Query.sourceAnalysis`). */
  contacts: Scalars['Int']['output'];
  /** The source: the row's own by SOURCE, the campaign's by CAMPAIGN. */
  informationSource: InformationSource;
  /** The month's first day, by MONTH; null otherwise. */
  month: Maybe<Scalars['LocalDate']['output']>;
  /** Its counterparties whose first POSTED order ever is dated in the period (the month). */
  newClients: Scalars['Int']['output'];
  /** Its counterparties' POSTED orders dated in the period (the month), all currencies. */
  orders: Scalars['Int']['output'];
  /** Those orders' sales, cost and profit per currency, by currency code. */
  sales: Array<SourceAnalysisSales>;
};

/** Sales in one currency and the profit they brought. */
export type SourceAnalysisSales = {
  __typename?: 'SourceAnalysisSales';
  /** Their lines' amounts, discounts applied. */
  amount: Scalars['Decimal']['output'];
  /** Σ quantity × cost price (rounded to the cent per line) of the lines whose product has a cost price in this currency on the order date. */
  cost: Scalars['Decimal']['output'];
  /** The orders' currency. */
  currency: Scalars['Currency']['output'];
  /** POSTED orders in this currency. */
  orders: Scalars['Int']['output'];
  /** `amount` − `uncostedAmount` − `cost`. */
  profit: Scalars['Decimal']['output'];
  /** The part of `amount` on lines whose product had no cost price: left out of `cost` and `profit`, so a missing cost never shows as profit. */
  uncostedAmount: Scalars['Decimal']['output'];
};

/** What one information source brought in a period. */
export type SourceEffectivenessRow = {
  __typename?: 'SourceEffectivenessRow';
  /** Campaigns standing for it whose dates overlap the period. */
  campaigns: Scalars['Int']['output'];
  /** Chronicle entries DONE in the period naming it or with a counterparty that came from it. */
  contacts: Scalars['Int']['output'];
  /** The total cost of its campaigns whose dates overlap the period, per currency. */
  cost: Array<CurrencyAmount>;
  /** Deals won (WON_CONTRACT or WON_PURCHASE) in the period that name it. */
  dealsWon: Scalars['Int']['output'];
  /** The source. */
  informationSource: InformationSource;
  /** Counterparties that came from it whose first POSTED order ever is dated in the period, and contact cards naming it converted in the period. */
  newClients: Scalars['Int']['output'];
  /** Contact cards (leads) made in the period that name it. */
  newContactCards: Scalars['Int']['output'];
  /** POSTED orders dated in the period of counterparties that came from it. */
  orders: Scalars['Int']['output'];
  /** `revenue` − `cost` per currency of either. */
  profit: Array<CurrencyAmount>;
  /** Their totals, per currency, by currency code. */
  revenue: Array<CurrencyAmount>;
};

/**
 * The root of every subscription, served over WebSocket (the graphql-ws protocol) at the same path
 * as queries. Each field delivers changes committed after it was subscribed to, by anyone, through
 * any process of the API; the record each change names is read when it is delivered, with the
 * subscriber's key, so what a subscriber sees follows the same rules as a query. A subscriber more
 * than 256 changes behind is ended with a SUBSCRIPTION_OVERFLOW error: subscribe again and re-read.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each change to a counterparty's appeals from now on: registered (by staff or through the portal),
   * changed, handed over, moved to another status, commented on by the partner, worked on. An appeal
   * moved to another counterparty is told to both. An unknown counterparty is NOT_FOUND, an id of
   * another type BAD_USER_INPUT, as in queries.
   */
  appealChanged: AppealChange;
  /**
   * Each change to a counterparty's chronicle from now on: entries registered (by staff, by a claim's
   * registration or status change, by a service visit, by the partner through the portal), changed,
   * completed or cancelled. An unknown counterparty is NOT_FOUND, an id of another type
   * BAD_USER_INPUT, as in queries.
   */
  chronicleChanged: ChronicleEntryChange;
  /**
   * Each change to a counterparty's claims from now on: registered (by staff or through the portal),
   * changed, moved to another status or reopened, commented on by the partner, their investigation
   * plan's tasks added or changed. An unknown counterparty is NOT_FOUND, an id of another type
   * BAD_USER_INPUT, as in queries.
   */
  claimChanged: ClaimChange;
  /**
   * The viewer's notifications as they are made (a reminder coming due), from any process of the
   * API. A key that acts for no employee has none, and is told so.
   */
  notificationAdded: Notification;
};


/**
 * The root of every subscription, served over WebSocket (the graphql-ws protocol) at the same path
 * as queries. Each field delivers changes committed after it was subscribed to, by anyone, through
 * any process of the API; the record each change names is read when it is delivered, with the
 * subscriber's key, so what a subscriber sees follows the same rules as a query. A subscriber more
 * than 256 changes behind is ended with a SUBSCRIPTION_OVERFLOW error: subscribe again and re-read.
 */
export type SubscriptionappealChangedArgs = {
  counterpartyId: Scalars['ID']['input'];
};


/**
 * The root of every subscription, served over WebSocket (the graphql-ws protocol) at the same path
 * as queries. Each field delivers changes committed after it was subscribed to, by anyone, through
 * any process of the API; the record each change names is read when it is delivered, with the
 * subscriber's key, so what a subscriber sees follows the same rules as a query. A subscriber more
 * than 256 changes behind is ended with a SUBSCRIPTION_OVERFLOW error: subscribe again and re-read.
 */
export type SubscriptionchronicleChangedArgs = {
  counterpartyId: Scalars['ID']['input'];
};


/**
 * The root of every subscription, served over WebSocket (the graphql-ws protocol) at the same path
 * as queries. Each field delivers changes committed after it was subscribed to, by anyone, through
 * any process of the API; the record each change names is read when it is delivered, with the
 * subscriber's key, so what a subscriber sees follows the same rules as a query. A subscriber more
 * than 256 changes behind is ended with a SUBSCRIPTION_OVERFLOW error: subscribe again and re-read.
 */
export type SubscriptionclaimChangedArgs = {
  counterpartyId: Scalars['ID']['input'];
};

/** A planned action (a survey, a price list to send, an invitation) with a due time, assigned to employees. */
export type Task = Audited & Node & {
  __typename?: 'Task';
  /** The appeal it concerns, if any. */
  appeal: Maybe<Appeal>;
  /** The employees it is assigned to, by name. */
  assignees: Array<Employee>;
  /** The claim it concerns, if any. */
  claim: Maybe<Claim>;
  /** When it was done or cancelled; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The contact card it concerns, if any. */
  contactCard: Maybe<ContactCard>;
  /** The counterparty it concerns, if any. */
  counterparty: Maybe<Counterparty>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The deal it concerns, if any. */
  deal: Maybe<Deal>;
  /** Details. */
  description: Maybe<Scalars['String']['output']>;
  /** When it is due. */
  dueAt: Scalars['DateTime']['output'];
  /** Key in an external system, unique; used by importTasks. */
  externalId: Maybe<Scalars['String']['output']>;
  /** Every change to this task, newest first, one entry per change (see `Audited`). */
  history: HistoryEntryConnection;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** How much it matters. */
  importance: Importance;
  /**
   * Whether it is OPEN and due on a day before today in the viewer's time zone (the key's
   * employee's, else the server's DEFAULT_TIME_ZONE), as the calendar's OVERDUE: a task due earlier
   * today is due TODAY, not yet overdue.
   */
  overdue: Scalars['Boolean']['output'];
  /** When the assignees are to be reminded; null for none and always null once the task is DONE or CANCELLED. */
  remindAt: Maybe<Scalars['DateTime']['output']>;
  /** What came of it (given when it is completed). */
  result: Maybe<Scalars['String']['output']>;
  /** OPEN, DONE or CANCELLED. */
  status: TaskStatus;
  /** What is to be done. */
  title: Scalars['String']['output'];
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the task. */
  version: Scalars['Int']['output'];
};


/** A planned action (a survey, a price list to send, an invitation) with a due time, assigned to employees. */
export type TaskhistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of tasks. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The tasks of this page with their cursors. */
  edges: Array<TaskEdge>;
  /** Where this page is in the whole list. */
  pageInfo: PageInfo;
  /** How many tasks match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A task with its cursor. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Cursor to page from this task. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: Task;
};

/** Conditions on tasks; every given one must hold. */
export type TaskFilter = {
  /** Only tasks assigned to this employee. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tasks concerning this claim. */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tasks concerning this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tasks due on or after the start of this day (in the viewer's time zone). */
  dueFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only tasks due on or before the end of this day (in the viewer's time zone). */
  dueTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only overdue tasks (true) or only tasks not overdue (false); see `Task.overdue`. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tasks in these statuses; an empty list matches nothing. */
  statuses?: InputMaybe<Array<TaskStatus>>;
};

/** A task to load (see `importTasks`). */
export type TaskImportRow = {
  /** The assignees by e-mail, 1 to 20 active employees; replace the stored ones when given; required for a new task. */
  assigneeEmails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The counterparty, by `externalId`; an empty string takes it off. */
  counterpartyExternalId?: InputMaybe<Scalars['String']['input']>;
  /** Details. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is due; required for a new task. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The key rows are matched by; at most 200 characters. */
  externalId: Scalars['String']['input'];
  /** Default NORMAL for a new task. */
  importance?: InputMaybe<Importance>;
  /** When to remind the assignees; not after `dueAt`, and only for an OPEN task. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What came of it. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** OPEN (default for a new task), DONE or CANCELLED. */
  status?: InputMaybe<TaskStatus>;
  /** What is to be done; required for a new task. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** The outcome of a task mutation. */
export type TaskPayload = {
  __typename?: 'TaskPayload';
  /** The task as written; null when the mutation failed. */
  task: Maybe<Task>;
  /** Why it failed, each on its input field; empty on success. */
  userErrors: Array<UserError>;
};

/** Where a task is. */
export type TaskStatus =
  /** Cancelled: it will not be done. */
  | 'CANCELLED'
  /** Done. */
  | 'DONE'
  /** Still to do. */
  | 'OPEN';

/** Time an employee spent on one day, and on what. */
export type TimeEntry = Node & {
  __typename?: 'TimeEntry';
  /** The appeal the time was spent on. */
  appeal: Maybe<Appeal>;
  /** What was done. */
  comment: Maybe<Scalars['String']['output']>;
  /** The counterparty the time was spent on. */
  counterparty: Maybe<Counterparty>;
  /** When the record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The day, in the employee's time zone. */
  date: Scalars['LocalDate']['output'];
  /** Who worked. */
  employee: Employee;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Minutes, 1 to 1440. */
  minutes: Scalars['Int']['output'];
  /** The service visit the time was spent on. */
  serviceVisit: Maybe<ServiceVisit>;
  /** When the record was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change; send it as `expectedVersion` when changing the entry. */
  version: Scalars['Int']['output'];
};

/** A page of time entries. */
export type TimeEntryConnection = {
  __typename?: 'TimeEntryConnection';
  /** The entries of this page with their cursors. */
  edges: Array<TimeEntryEdge>;
  /** Paging state. */
  pageInfo: PageInfo;
  /** Number of entries matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A time entry with its cursor. */
export type TimeEntryEdge = {
  __typename?: 'TimeEntryEdge';
  /** Opaque cursor for `after`/`before`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: TimeEntry;
};

/** Conditions on time entries; all given conditions must hold. */
export type TimeEntryFilter = {
  /** Only time spent on this counterparty. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this employee's time. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only days from this one. */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Only days up to this one. */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** The answer to a change of a time entry. */
export type TimeEntryPayload = {
  __typename?: 'TimeEntryPayload';
  /** The entry as saved; null when `userErrors` is not empty. */
  timeEntry: Maybe<TimeEntry>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
};

/** A deal and one of its orders. */
export type UnlinkDealOrderInput = {
  /** The deal. */
  dealId: Scalars['ID']['input'];
  /** The order, linked to the deal. */
  orderId: Scalars['ID']['input'];
};

/** Changes to an agreement; omitted fields keep their value. */
export type UpdateAgreementInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system; null clears it. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Replaces this agreement's own group discount rows; an empty list removes them all. */
  groupDiscounts?: InputMaybe<Array<GroupDiscountInput>>;
  /** The agreement to change; it must not be CLOSED. */
  id: Scalars['ID']['input'];
  /** Name, at most 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Segment of a TYPICAL agreement, at most 200 characters. */
  segment?: InputMaybe<Scalars['String']['input']>;
  /** Terms to change; a term given as null is inherited again (INDIVIDUAL) or cleared (TYPICAL). */
  terms?: InputMaybe<AgreementTermsInput>;
};

/** Changes to an appeal's own fields. */
export type UpdateAppealInput = {
  /** The caller's name. */
  callerName?: InputMaybe<Scalars['String']['input']>;
  /** The caller's phone. */
  callerPhone?: InputMaybe<Scalars['String']['input']>;
  /** How the appeal came in. */
  channel?: InputMaybe<ContactChannel>;
  /** The counterparty that appealed. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** When it should be resolved. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The appeal. */
  id: Scalars['ID']['input'];
  /** How much it matters. */
  importance?: InputMaybe<Importance>;
  /** When the responsible employee is reminded of it, while it is open: a notification (`Viewer.notifications`) at that time. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What it is about. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** What the client said. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Its type. */
  typeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an expense. */
export type UpdateCampaignExpenseInput = {
  /** How much. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** When it was spent. */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The expense. */
  id: Scalars['ID']['input'];
  /** What it was spent on. */
  item?: InputMaybe<Scalars['String']['input']>;
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a campaign's own fields. */
export type UpdateCampaignInput = {
  /** The money planned. */
  budget?: InputMaybe<Scalars['Decimal']['input']>;
  /** The currency; changes only while the campaign has no expenses and no revenues. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** What it is about. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Last day (inclusive). */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The group; null takes it out of any group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** The campaign. */
  id: Scalars['ID']['input'];
  /** The information source it stands for. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Kind. */
  kind?: InputMaybe<CampaignKind>;
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Where it takes place. */
  place?: InputMaybe<Scalars['String']['input']>;
  /** The employee responsible; an active one. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** First day. */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Changes to a material. */
export type UpdateCampaignMaterialInput = {
  /** What it is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The material. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** How many pieces. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** Where it is kept. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a participant. */
export type UpdateCampaignParticipantInput = {
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The participant. */
  id: Scalars['ID']['input'];
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When they answered, for a status other than INVITED; default now when the status leaves INVITED. */
  respondedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where the invitation stands; back to INVITED clears `respondedAt`. */
  status?: InputMaybe<InvitationStatus>;
};

/** Changes to a revenue. */
export type UpdateCampaignRevenueInput = {
  /** How much. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** When it came. */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The won deal it came from; null unlinks it. */
  dealId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The revenue. */
  id: Scalars['ID']['input'];
  /** A note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The order it came from; null unlinks it. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a chronicle entry; omitted fields keep their value, null clears an optional one. */
export type UpdateChronicleEntryInput = {
  /** The means of the contact. */
  channel?: InputMaybe<ContactChannel>;
  /** The claim the entry is an interaction about, a claim of the entry's counterparty; null takes the entry off its claim. */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** Who started the contact. */
  direction?: InputMaybe<ContactDirection>;
  /** Time spent, in minutes, from 0 to 100000. */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; only done entries have it, and they cannot lose it. */
  happenedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The entry to change. */
  id: Scalars['ID']['input'];
  /** How much the entry matters. */
  importance?: InputMaybe<Importance>;
  /** The information source the counterparty named. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** What the entry records. */
  kind?: InputMaybe<ChronicleKind>;
  /** The contact person on the counterparty's side. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** When it is planned to happen; a PLANNED entry cannot lose it. */
  plannedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** When to remind the responsible employee. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The responsible employee; must be active. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** What came of it, at most 5000 characters. */
  result?: InputMaybe<Scalars['String']['input']>;
  /** Subject or essence of the contact, at most 500 characters. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** Whether the client sees the entry in the partner portal, among its claim's events; only an entry about a claim can be. */
  visibleToClient?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Changes to a claim's own fields; its counterparty stays. */
export type UpdateClaimInput = {
  /** The amount claimed. */
  amountClaimed?: InputMaybe<Scalars['Decimal']['input']>;
  /** The cause. */
  causeId?: InputMaybe<Scalars['ID']['input']>;
  /** The contract it is about; one of the counterparty's. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** The currency of the amounts; required while there is an amount. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** What is demanded. */
  demand?: InputMaybe<Scalars['String']['input']>;
  /** The department at fault. */
  departmentAtFaultId?: InputMaybe<Scalars['ID']['input']>;
  /** When it should be worked off; not before its registration. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The employee at fault. */
  employeeAtFaultId?: InputMaybe<Scalars['ID']['input']>;
  /** What the claim is about. */
  essence?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The claim. */
  id: Scalars['ID']['input'];
  /** The order it is about; one of the counterparty's. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
  /** Its person who made it; one of the counterparty's. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** The product it is about. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** The employee who works it off; an active one. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a card; omitted fields keep their value, null clears an optional one. */
export type UpdateContactCardInput = {
  /** The company they speak for. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** E-mail addresses; the list given replaces the old one. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The group the card is filed in. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** The card. */
  id: Scalars['ID']['input'];
  /** Where the lead learned about the company. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** What they are interested in. */
  interest?: InputMaybe<Scalars['String']['input']>;
  /** Who called; the card keeps a name or a phone. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone numbers; the list given replaces the old one. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /** The employee who works the lead; an active one. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** The company's tax number. */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a DRAFT contract; omitted fields keep their value, null clears an optional one. */
export type UpdateContractInput = {
  /** The agreement whose terms apply; null for none. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** Currency of prices and amounts. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Date of the contract. */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The contract to change. */
  id: Scalars['ID']['input'];
  /** The new specification, replacing all lines. */
  lines?: InputMaybe<Array<ContractLineInput>>;
  /** Contract number, unique per counterparty. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** What the contract is about. */
  subject?: InputMaybe<Scalars['String']['input']>;
  /** The template its text is rendered from; null for none. */
  templateId?: InputMaybe<Scalars['ID']['input']>;
  /** First day the contract is in force. */
  validFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Last day the contract is in force. */
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Changes to a contract template; omitted fields keep their value. */
export type UpdateContractTemplateInput = {
  /** The text with placeholders; every placeholder must be a known one. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The template to change. */
  id: Scalars['ID']['input'];
  /** Name, unique. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a counterparty. Omitted fields keep their value; null clears an optional field; a list replaces the old list. */
export type UpdateCounterpartyInput = {
  /** Addresses. */
  addresses?: InputMaybe<Array<AddressInput>>;
  /** Bank accounts. */
  bankAccounts?: InputMaybe<Array<BankAccountInput>>;
  /** E-mail addresses. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Id of the catalogue group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** The counterparty to change. */
  id: Scalars['ID']['input'];
  /** Importance. */
  importance?: InputMaybe<Importance>;
  /** Industry or sector. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Id of the information source. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** Organisation or individual. */
  kind?: InputMaybe<CounterpartyKind>;
  /** Full legal name. */
  legalName?: InputMaybe<Scalars['String']['input']>;
  /** Short name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Internal notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Id of the parent organisation; a counterparty cannot be its own ancestor. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone numbers. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /** Region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** State registration number. */
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  /** Id of the employee it is assigned to. */
  responsibleEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Roles. */
  roles?: InputMaybe<Array<CounterpartyRole>>;
  /** Market segment. */
  segment?: InputMaybe<Scalars['String']['input']>;
  /** Size of the organisation. */
  size?: InputMaybe<CompanySize>;
  /** Tax identification number. */
  taxNumber?: InputMaybe<Scalars['String']['input']>;
  /** Web sites. */
  websites?: InputMaybe<Array<Scalars['URL']['input']>>;
};

/** Changes to an object; omitted fields keep their value. */
export type UpdateCounterpartyObjectInput = {
  /** Where it is. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The object. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a deal's own fields; its counterparty stays. */
export type UpdateDealInput = {
  /** Its expected worth. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** The employee it is assigned to; an active one. */
  assignedEmployeeId?: InputMaybe<Scalars['ID']['input']>;
  /** The marketing campaign the deal came from; null takes it off. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** The contract signed; one of the counterparty's. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** The currency; required while there is an amount. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** When it is expected to close. */
  expectedDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The deal. */
  id: Scalars['ID']['input'];
  /** Where the counterparty learned about the company; an active source. */
  informationSourceId?: InputMaybe<Scalars['ID']['input']>;
  /** What is being sold. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** When the assigned employee is reminded of it, while it is open: a notification (`Viewer.notifications`) at that time. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Changes to a department; omitted fields keep their value. */
export type UpdateDepartmentInput = {
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The department to change. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Department it belongs to; null makes it top-level. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to an employee; omitted fields keep their value, null clears an optional one. */
export type UpdateEmployeeInput = {
  /** Whether the employee still works here. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Department id. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Work e-mail. */
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  /** Whether the employee's notifications (reminders) are also e-mailed to `email`. */
  emailNotifications?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Full name. */
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** The employee to change. */
  id: Scalars['ID']['input'];
  /** Work phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  position?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an information source; omitted fields keep their value. */
export type UpdateInformationSourceInput = {
  /** Whether the source can be chosen for new records. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Longer explanation. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The source to change. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a knowledge-base article. */
export type UpdateKnowledgeArticleInput = {
  /** The answer. */
  answer?: InputMaybe<Scalars['String']['input']>;
  /** The appeal type it answers. */
  appealTypeId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The article. */
  id: Scalars['ID']['input'];
  /** The product it is about. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** The question. */
  question?: InputMaybe<Scalars['String']['input']>;
  /** Tags, replacing the stored ones. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Changes to a lost reason. */
export type UpdateLostReasonInput = {
  /** Whether it can be given to deals lost from now on. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The reason. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an obligation; omitted fields keep their value, null clears an optional one. */
export type UpdateObligationInput = {
  /** The amount owed; not below `fulfilledAmount`, and it cannot be cleared once something is fulfilled. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** Currency of the amount; required while there is an amount. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Which side owes. */
  debtor?: InputMaybe<ObligationDebtor>;
  /** What exactly is owed, at most 2000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** When it is due. */
  dueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The obligation to change. */
  id: Scalars['ID']['input'];
  /** What is to be delivered. */
  kind?: InputMaybe<ObligationKind>;
};

/** Changes to a DRAFT order; omitted fields keep their value, null clears an optional one. */
export type UpdateOrderInput = {
  /** The agreement whose terms apply; null for none. */
  agreementId?: InputMaybe<Scalars['ID']['input']>;
  /** The contract it is placed under; null for none. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Currency of prices and amounts. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** Date of the order. */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** When it is expected to be paid in full. */
  expectedPaymentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** When the goods are expected to ship. */
  expectedShipmentDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The order to change. */
  id: Scalars['ID']['input'];
  /** The new lines, replacing all lines. */
  lines?: InputMaybe<Array<OrderLineInput>>;
  /** Order number, unique. */
  number?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a person. Omitted fields keep their value; null clears an optional field; a list replaces the old list. */
export type UpdatePersonInput = {
  /** Date of birth. */
  birthday?: InputMaybe<Scalars['LocalDate']['input']>;
  /** E-mail addresses. */
  emails?: InputMaybe<Array<EmailInput>>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** The person to change. */
  id: Scalars['ID']['input'];
  /** Other dates worth remembering. */
  importantDates?: InputMaybe<Array<ImportantDateInput>>;
  /** Last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Middle name or patronymic. */
  middleName?: InputMaybe<Scalars['String']['input']>;
  /** Internal notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Phone numbers. */
  phones?: InputMaybe<Array<PhoneInput>>;
  /** Positions at counterparties; replaces all current and past positions. */
  positions?: InputMaybe<Array<PersonPositionInput>>;
};

/** Changes to a price type; omitted fields keep their value. */
export type UpdatePriceTypeInput = {
  /** Stable code; unique. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Currency of its prices. */
  currency?: InputMaybe<Scalars['Currency']['input']>;
  /** The version you read. */
  expectedVersion: Scalars['Int']['input'];
  /** The price type. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a product. Omitted fields keep their value; null clears an optional field. */
export type UpdateProductInput = {
  /** Article number (SKU). */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Id of the nomenclature group. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** The product to change. */
  id: Scalars['ID']['input'];
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Goods or service. */
  type?: InputMaybe<ProductType>;
  /** Unit of measure. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a service card; omitted fields keep their value, null clears an optional one. */
export type UpdateServiceCardInput = {
  /** The counterparty's contract the service is done under. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** The responsible engineer. */
  engineerId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Id in an external system. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The folder of the service journal. */
  groupId?: InputMaybe<Scalars['ID']['input']>;
  /** The card to change. */
  id: Scalars['ID']['input'];
  /** N for the EVERY_N_* periodicities. */
  interval?: InputMaybe<Scalars['Int']['input']>;
  /** Internal notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Card number. */
  number?: InputMaybe<Scalars['String']['input']>;
  /** One of the card's counterparty's objects. */
  objectId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the service period. */
  periodEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** First day of the service period. */
  periodStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** How often visits recur. */
  periodicity?: InputMaybe<ServicePeriodicity>;
  /** At most this many visits. */
  plannedContacts?: InputMaybe<Scalars['Int']['input']>;
  /** Where the card is in its life. */
  status?: InputMaybe<ServiceCardStatus>;
  /** When the client works. */
  workMode?: InputMaybe<WorkModeInput>;
};

/** Changes to an open task; only the fields given change, null clears an optional one. */
export type UpdateTaskInput = {
  /** See `CreateTaskInput.appealId`. */
  appealId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the assignees; see `CreateTaskInput.assigneeIds`. */
  assigneeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** See `CreateTaskInput.claimId`. */
  claimId?: InputMaybe<Scalars['ID']['input']>;
  /** See `CreateTaskInput.contactCardId`. */
  contactCardId?: InputMaybe<Scalars['ID']['input']>;
  /** See `CreateTaskInput.counterpartyId`. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** See `CreateTaskInput.dealId`. */
  dealId?: InputMaybe<Scalars['ID']['input']>;
  /** See `CreateTaskInput.description`. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** See `CreateTaskInput.dueAt`; cannot be cleared. */
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version the client read. */
  expectedVersion: Scalars['Int']['input'];
  /** See `CreateTaskInput.externalId`. */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Global id of the task. */
  id: Scalars['ID']['input'];
  /** See `CreateTaskInput.importance`; cannot be cleared. */
  importance?: InputMaybe<Importance>;
  /** See `CreateTaskInput.remindAt`. */
  remindAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** See `CreateTaskInput.title`; cannot be cleared. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a time entry. */
export type UpdateTimeEntryInput = {
  /** What was done. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The counterparty the time was spent on. */
  counterpartyId?: InputMaybe<Scalars['ID']['input']>;
  /** The day. */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The entry. */
  id: Scalars['ID']['input'];
  /** Minutes, 1 to 1440. */
  minutes?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a webhook. */
export type UpdateWebhookInput = {
  /** Whether deliveries are made; true turns it on again and forgets its failures. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** What it is for; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a different current version is a CONFLICT and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** The webhook. */
  id: Scalars['ID']['input'];
  /** The kinds of change it wants; null: every kind. */
  kinds?: InputMaybe<Array<ChangeKind>>;
  /** The topics it wants; at least one. */
  topics?: InputMaybe<Array<ChangeTopic>>;
  /** An http or https URL, at most 2000 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A file to attach to a record. */
export type UploadAttachmentInput = {
  /** The file (see `Upload`); its name and content type are the ones its part of the request declares. */
  file: Scalars['Upload']['input'];
  /** Global id of the record: an Appeal. */
  ownerId: Scalars['ID']['input'];
};

/** An expected failure of a mutation: what is wrong and with which input field. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason. */
  code: UserErrorCode;
  /** Path of the input field at fault, from the argument down, e.g. `["input", "emails", "0", "address"]`. Null when no single field is at fault. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation, in English. */
  message: Scalars['String']['output'];
};

/** Codes of the failures a mutation reports in `userErrors`. */
export type UserErrorCode =
  /** The order's agreement is neither the counterparty's INDIVIDUAL agreement nor a TYPICAL agreement of its segment. */
  | 'AGREEMENT_NOT_FOR_COUNTERPARTY'
  /** The order's agreement is not ACTIVE, its base is CLOSED, or the order date is outside its validity. */
  | 'AGREEMENT_NOT_USABLE'
  /** A file's bytes are not of the content type declared for it. */
  | 'CONTENT_TYPE_MISMATCH'
  /** The order date is outside the validity (valid from / to) of the order's contract. */
  | 'CONTRACT_NOT_IN_FORCE'
  /** The order's contract is not ACTIVE, is another counterparty's, or is under another agreement than the order (or under one when the order names none). */
  | 'CONTRACT_NOT_USABLE'
  /** The agreement requires orders to name a contract, and the order names none. */
  | 'CONTRACT_REQUIRED'
  /** The order's currency is not its agreement's or its contract's. */
  | 'CURRENCY_MISMATCH'
  /** The change would make a tree contain a cycle. */
  | 'CYCLE'
  /** An order's expected shipment date is later than the order date plus the agreement's delivery days. */
  | 'DELIVERY_TOO_LATE'
  /** An order line's discount is above what the agreement allows for the product's group (or overall). */
  | 'DISCOUNT_EXCEEDED'
  /** A value that must be unique is already taken. */
  | 'DUPLICATE'
  /** A value is not in the expected format. */
  | 'INVALID'
  /** The record's current state does not allow this change. */
  | 'INVALID_STATE'
  /** The server is not set up for what was asked, e.g. sending e-mail without SMTP_URL; nothing was written. */
  | 'NOT_CONFIGURED'
  /** The record still has dependent records and cannot be deleted. */
  | 'NOT_EMPTY'
  /** A referenced record does not exist. */
  | 'NOT_FOUND'
  /** A number or date is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** The order's terms require a prepayment, and the prepaid share is not paid yet, so nothing may ship. */
  | 'PREPAYMENT_REQUIRED'
  /** An order line's price is not the agreement's price type's price in force on the order date. */
  | 'PRICE_MISMATCH'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** A file is larger than the server takes (MAX_UPLOAD_BYTES). */
  | 'TOO_LARGE'
  /** A text is longer than allowed. */
  | 'TOO_LONG'
  /** An id names a record of another type than the field expects. */
  | 'WRONG_TYPE';

/** The caller: the API key a request was made with. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The employee the key acts for, if it was issued to one. */
  employee: Maybe<Employee>;
  /**
   * The employee's notifications, newest first: reminders of planned contacts, tasks, service
   * visits, appeals and deals, each made when its reminder time came. Empty for a key of no one.
   */
  notifications: NotificationConnection;
  /** Role of the key. */
  role: Role;
  /** The IANA time zone the key's "today" is taken in: its employee's, else the server's DEFAULT_TIME_ZONE. */
  timeZone: Scalars['String']['output'];
  /** How many of the employee's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
};


/** The caller: the API key a request was made with. */
export type ViewernotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A URL told of changes. */
export type Webhook = Node & {
  __typename?: 'Webhook';
  /** Whether deliveries are made; false once disabled by failures or by an ADMIN. */
  active: Scalars['Boolean']['output'];
  /** Failed delivery attempts since the last one taken; at WEBHOOK_DISABLE_AFTER the webhook is disabled. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** What it is for. */
  description: Maybe<Scalars['String']['output']>;
  /** When it was disabled by failures; null while active or when an ADMIN turned it off. */
  disabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Why it was disabled. */
  disabledReason: Maybe<Scalars['String']['output']>;
  /** Global id. */
  id: Scalars['ID']['output'];
  /** The kinds of change it is told of; null: every kind. */
  kinds: Maybe<Array<ChangeKind>>;
  /** The topics it is told of. */
  topics: Array<ChangeTopic>;
  /** When it was last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where deliveries are POSTed. */
  url: Scalars['URL']['output'];
  /** Increases with every change; send it as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

/** A page of webhooks. */
export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  /** The webhooks of this page, with their cursors. */
  edges: Array<WebhookEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** How many webhooks there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One event for one webhook, with what became of it. */
export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  /** Attempts made. */
  attempts: Scalars['Int']['output'];
  /** The JSON body sent, as text. */
  body: Scalars['String']['output'];
  /** When the change was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver took it. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The event's id, the body's `id` and the `X-CRM-Delivery` header: the same in every attempt, for the receiver to drop repeats. */
  eventId: Scalars['String']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** What happened to it. */
  kind: ChangeKind;
  /** When the last attempt was made. */
  lastAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed. */
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; null when it got no answer. */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
  /** What changed. */
  topic: ChangeTopic;
  /** The webhook; null once deleted. */
  webhook: Maybe<Webhook>;
};

/** A page of the delivery log. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries of this page, with their cursors. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where this page lies in the list. */
  pageInfo: PageInfo;
  /** How many deliveries the list has in all. */
  totalCount: Scalars['Int']['output'];
};

/** A delivery with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Where to continue from. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** Not sent: the webhook was disabled before it went out. */
  | 'CANCELLED'
  /** Taken: the receiver answered 2xx. */
  | 'DELIVERED'
  /** Given up after WEBHOOK_MAX_ATTEMPTS attempts. */
  | 'FAILED'
  /** Not yet taken by the receiver; attempts go on. */
  | 'PENDING';

/** A webhook with its cursor. */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** Where to continue from. */
  cursor: Scalars['String']['output'];
  /** The webhook. */
  node: Webhook;
};

/** The answer to a change of a webhook. */
export type WebhookPayload = {
  __typename?: 'WebhookPayload';
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
  /** The webhook as saved; null when `userErrors` is not empty. */
  webhook: Maybe<Webhook>;
};

/** The answer to `createWebhook` and `rotateWebhookSecret`. */
export type WebhookSecretPayload = {
  __typename?: 'WebhookSecretPayload';
  /** The secret deliveries are signed with (HMAC-SHA256): shown only in this answer. */
  secret: Maybe<Scalars['String']['output']>;
  /** Why nothing was saved; empty on success. */
  userErrors: Array<UserError>;
  /** The webhook as saved; null when `userErrors` is not empty. */
  webhook: Maybe<Webhook>;
};

/** A counterparty's figures over a period, in total and per month, quarter or year. */
export type WorkHistory = {
  __typename?: 'WorkHistory';
  /** The span of each row of `periods`. */
  bucket: WorkHistoryBucket;
  /** The counterparty. */
  counterparty: Counterparty;
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
 * What a counterparty did in one month, quarter or year (or the whole period). Only POSTED orders
 * count. A payment is on time when paid on or before its order's `expectedPaymentDate` (the date its
 * unpaid part becomes overdue, from the agreement's payment schedule or set on the order), late when
 * after it, and without a due date when the order has none.
 */
export type WorkHistoryPeriod = {
  __typename?: 'WorkHistoryPeriod';
  /** The average number of days from the counterparty's previous POSTED order (of any date) to each of these orders; null when none has a previous one. */
  averageDaysBetweenOrders: Maybe<Scalars['Decimal']['output']>;
  /** The average days late payments came after their order's expected payment date; null when none was late. */
  averageDaysLate: Maybe<Scalars['Decimal']['output']>;
  /** Claims it registered in it (in `timeZone`). */
  claims: Scalars['Int']['output'];
  /** Those claims by their current status, by status; statuses with none are left out. */
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
  /** Payments dated in it, on POSTED orders. */
  payments: Scalars['Int']['output'];
  /** Their totals per currency, by currency code. */
  purchases: Array<CurrencyAmount>;
  /** The first day of the month, quarter or year; null for the whole period. */
  start: Maybe<Scalars['LocalDate']['output']>;
};

/** When the client works. */
export type WorkMode = {
  __typename?: 'WorkMode';
  /** The client's days off on working weekdays, ascending. */
  holidays: Array<Scalars['LocalDate']['output']>;
  /** ISO weekdays the client works, 1 = Monday … 7 = Sunday, ascending. */
  workingWeekdays: Array<Scalars['Int']['output']>;
};

/** When a client works, as sent. */
export type WorkModeInput = {
  /** The client's days off on working weekdays. Default none. */
  holidays?: InputMaybe<Array<Scalars['LocalDate']['input']>>;
  /** ISO weekdays the client works, 1 = Monday … 7 = Sunday; at least one, none twice. */
  workingWeekdays: Array<Scalars['Int']['input']>;
};

/** What a work-time summary groups by. */
export type WorkTimeGrouping =
  /** Per counterparty the time was spent on (none is a group of its own). */
  | 'COUNTERPARTY'
  /** Per employee. */
  | 'EMPLOYEE';

/** The period a work-time summary groups by. */
export type WorkTimePeriod =
  /** Per day. */
  | 'DAY'
  /** Per calendar month. */
  | 'MONTH'
  /** Per ISO week, from Monday. */
  | 'WEEK';

/** One group of a work-time summary. */
export type WorkTimeSummaryRow = {
  __typename?: 'WorkTimeSummaryRow';
  /** The counterparty, when grouped by COUNTERPARTY and the time was spent on one. */
  counterparty: Maybe<Counterparty>;
  /** The employee, when grouped by EMPLOYEE. */
  employee: Maybe<Employee>;
  /** Entries counted. */
  entries: Scalars['Int']['output'];
  /** Minutes worked. */
  minutes: Scalars['Int']['output'];
  /** The first day of the day, week or month, when grouped by a period. */
  periodStart: Maybe<Scalars['LocalDate']['output']>;
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
  Audited:
    | ( AgreementMapper & { __typename: 'Agreement' } )
    | ( AppealMapper & { __typename: 'Appeal' } )
    | ( CampaignMapper & { __typename: 'Campaign' } )
    | ( ClaimMapper & { __typename: 'Claim' } )
    | ( ContactCardMapper & { __typename: 'ContactCard' } )
    | ( ContractMapper & { __typename: 'Contract' } )
    | ( CounterpartyMapper & { __typename: 'Counterparty' } )
    | ( DealMapper & { __typename: 'Deal' } )
    | ( ObligationMapper & { __typename: 'Obligation' } )
    | ( OrderMapper & { __typename: 'Order' } )
    | ( PaymentMapper & { __typename: 'Payment' } )
    | ( PersonMapper & { __typename: 'Person' } )
    | ( ProductMapper & { __typename: 'Product' } )
    | ( ServiceCardMapper & { __typename: 'ServiceCard' } )
    | ( ShipmentMapper & { __typename: 'Shipment' } )
    | ( TaskMapper & { __typename: 'Task' } )
  ;
  Node:
    | ( AgreementMapper & { __typename: 'Agreement' } )
    | ( ApiKeyMapper & { __typename: 'ApiKey' } )
    | ( AppealMapper & { __typename: 'Appeal' } )
    | ( AppealTypeMapper & { __typename: 'AppealType' } )
    | ( AttachmentMapper & { __typename: 'Attachment' } )
    | ( CampaignMapper & { __typename: 'Campaign' } )
    | ( CampaignExpenseMapper & { __typename: 'CampaignExpense' } )
    | ( CampaignGroupMapper & { __typename: 'CampaignGroup' } )
    | ( CampaignMaterialMapper & { __typename: 'CampaignMaterial' } )
    | ( CampaignParticipantMapper & { __typename: 'CampaignParticipant' } )
    | ( CampaignRevenueMapper & { __typename: 'CampaignRevenue' } )
    | ( ChronicleEntryMapper & { __typename: 'ChronicleEntry' } )
    | ( ClaimMapper & { __typename: 'Claim' } )
    | ( ClaimCauseMapper & { __typename: 'ClaimCause' } )
    | ( ContactCardMapper & { __typename: 'ContactCard' } )
    | ( ContactCardGroupMapper & { __typename: 'ContactCardGroup' } )
    | ( ContractMapper & { __typename: 'Contract' } )
    | ( ContractTemplateMapper & { __typename: 'ContractTemplate' } )
    | ( CounterpartyMapper & { __typename: 'Counterparty' } )
    | ( CounterpartyGroupMapper & { __typename: 'CounterpartyGroup' } )
    | ( CounterpartyObjectMapper & { __typename: 'CounterpartyObject' } )
    | ( DealMapper & { __typename: 'Deal' } )
    | ( DepartmentMapper & { __typename: 'Department' } )
    | ( EmployeeMapper & { __typename: 'Employee' } )
    | ( InformationSourceMapper & { __typename: 'InformationSource' } )
    | ( KnowledgeArticleMapper & { __typename: 'KnowledgeArticle' } )
    | ( LostReasonMapper & { __typename: 'LostReason' } )
    | ( NotificationMapper & { __typename: 'Notification' } )
    | ( ObligationMapper & { __typename: 'Obligation' } )
    | ( OrderMapper & { __typename: 'Order' } )
    | ( OrderLineMapper & { __typename: 'OrderLine' } )
    | ( ParameterDefinitionMapper & { __typename: 'ParameterDefinition' } )
    | ( PaymentMapper & { __typename: 'Payment' } )
    | ( PersonMapper & { __typename: 'Person' } )
    | ( PriceMapper & { __typename: 'Price' } )
    | ( PriceTypeMapper & { __typename: 'PriceType' } )
    | ( ProductMapper & { __typename: 'Product' } )
    | ( ProductGroupMapper & { __typename: 'ProductGroup' } )
    | ( ServiceCardMapper & { __typename: 'ServiceCard' } )
    | ( ServiceCardGroupMapper & { __typename: 'ServiceCardGroup' } )
    | ( ServiceVisitMapper & { __typename: 'ServiceVisit' } )
    | ( ShipmentMapper & { __typename: 'Shipment' } )
    | ( TaskMapper & { __typename: 'Task' } )
    | ( TimeEntryMapper & { __typename: 'TimeEntry' } )
    | ( WebhookMapper & { __typename: 'Webhook' } )
    | ( WebhookDeliveryMapper & { __typename: 'WebhookDelivery' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  ActivateAgreementInput: ActivateAgreementInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddCampaignExpenseInput: AddCampaignExpenseInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AddCampaignMaterialInput: AddCampaignMaterialInput;
  AddCampaignParticipantInput: AddCampaignParticipantInput;
  AddCampaignRevenueInput: AddCampaignRevenueInput;
  AddContactCardPersonInput: AddContactCardPersonInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AddServiceVisitInput: AddServiceVisitInput;
  Address: ResolverTypeWrapper<Omit<Address, 'kind'> & { kind: ResolversTypes['AddressKind'] }>;
  AddressInput: AddressInput;
  AddressKind: ResolverTypeWrapper<'LEGAL' | 'ACTUAL' | 'POSTAL' | 'DELIVERY'>;
  Agreement: ResolverTypeWrapper<AgreementMapper>;
  AgreementConnection: ResolverTypeWrapper<AgreementConnectionMapper>;
  AgreementEdge: ResolverTypeWrapper<Omit<AgreementEdge, 'node'> & { node: ResolversTypes['Agreement'] }>;
  AgreementFilter: AgreementFilter;
  AgreementKind: ResolverTypeWrapper<'TYPICAL' | 'INDIVIDUAL'>;
  AgreementPayload: ResolverTypeWrapper<Omit<AgreementPayload, 'agreement' | 'userErrors'> & { agreement?: Maybe<ResolversTypes['Agreement']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AgreementStatus: ResolverTypeWrapper<'DRAFT' | 'ACTIVE' | 'CLOSED'>;
  AgreementTermName: ResolverTypeWrapper<'PAYMENT_SCHEDULE' | 'PAYMENT_METHOD' | 'PRICE_TYPE' | 'CURRENCY' | 'DELIVERY_DAYS' | 'DISCOUNT_PERCENT' | 'VALID_FROM' | 'VALID_TO' | 'CONTRACTS_REQUIRED'>;
  AgreementTerms: ResolverTypeWrapper<AgreementTermsMapper>;
  AgreementTermsInput: AgreementTermsInput;
  ApiKey: ResolverTypeWrapper<ApiKeyMapper>;
  ApiKeyConnection: ResolverTypeWrapper<ApiKeyConnectionMapper>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyFilter: ApiKeyFilter;
  ApiKeyRole: ResolverTypeWrapper<'ADMIN' | 'MANAGER' | 'VIEWER' | 'PARTNER'>;
  Appeal: ResolverTypeWrapper<AppealMapper>;
  AppealAction: ResolverTypeWrapper<AppealActionMapper>;
  AppealActionKind: ResolverTypeWrapper<'REGISTERED' | 'WORK' | 'ASSIGNED' | 'STATUS_CHANGED' | 'COMMENT'>;
  AppealChange: ResolverTypeWrapper<AppealChangeMapper>;
  AppealConnection: ResolverTypeWrapper<AppealConnectionMapper>;
  AppealEdge: ResolverTypeWrapper<Omit<AppealEdge, 'node'> & { node: ResolversTypes['Appeal'] }>;
  AppealFilter: AppealFilter;
  AppealImportRow: AppealImportRow;
  AppealPayload: ResolverTypeWrapper<Omit<AppealPayload, 'appeal' | 'userErrors'> & { appeal?: Maybe<ResolversTypes['Appeal']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AppealStatus: ResolverTypeWrapper<'NEW' | 'IN_PROGRESS' | 'WAITING_FOR_CLIENT' | 'RESOLVED' | 'CLOSED' | 'REJECTED'>;
  AppealType: ResolverTypeWrapper<AppealTypeMapper>;
  AppealTypePayload: ResolverTypeWrapper<Omit<AppealTypePayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversTypes['AppealType']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AppealWorkPayload: ResolverTypeWrapper<Omit<AppealWorkPayload, 'action' | 'appeal' | 'userErrors'> & { action?: Maybe<ResolversTypes['AppealAction']>, appeal?: Maybe<ResolversTypes['Appeal']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ArchiveContactCardInput: ArchiveContactCardInput;
  ArchiveCounterpartyInput: ArchiveCounterpartyInput;
  ArchivePersonInput: ArchivePersonInput;
  ArchiveProductInput: ArchiveProductInput;
  ArchiveServiceCardInput: ArchiveServiceCardInput;
  AssignAppealInput: AssignAppealInput;
  Attachment: ResolverTypeWrapper<AttachmentMapper>;
  AttachmentPayload: ResolverTypeWrapper<Omit<AttachmentPayload, 'attachment' | 'userErrors'> & { attachment?: Maybe<ResolversTypes['Attachment']>, userErrors: Array<ResolversTypes['UserError']> }>;
  AttachmentUploadUrlPayload: ResolverTypeWrapper<Omit<AttachmentUploadUrlPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  Audited: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Audited']>;
  BankAccount: ResolverTypeWrapper<BankAccount>;
  BankAccountInput: BankAccountInput;
  CalendarConnection: ResolverTypeWrapper<CalendarConnectionMapper>;
  CalendarEdge: ResolverTypeWrapper<Omit<CalendarEdge, 'node'> & { node: ResolversTypes['CalendarEvent'] }>;
  CalendarEvent: ResolverTypeWrapper<CalendarEventMapper>;
  CalendarEventKind: ResolverTypeWrapper<'CONTACT' | 'TASK' | 'SERVICE_VISIT' | 'APPEAL' | 'CLAIM' | 'SHIPMENT' | 'PAYMENT'>;
  CalendarEventState: ResolverTypeWrapper<'OVERDUE' | 'TODAY' | 'UPCOMING'>;
  CalendarFilter: CalendarFilter;
  CallLogRow: ResolverTypeWrapper<CallLogRowMapper>;
  Campaign: ResolverTypeWrapper<CampaignMapper>;
  CampaignConnection: ResolverTypeWrapper<CampaignConnectionMapper>;
  CampaignEdge: ResolverTypeWrapper<Omit<CampaignEdge, 'node'> & { node: ResolversTypes['Campaign'] }>;
  CampaignEffectivenessRow: ResolverTypeWrapper<CampaignEffectivenessRowMapper>;
  CampaignExpense: ResolverTypeWrapper<CampaignExpenseMapper>;
  CampaignExpenseConnection: ResolverTypeWrapper<CampaignExpenseConnectionMapper>;
  CampaignExpenseEdge: ResolverTypeWrapper<Omit<CampaignExpenseEdge, 'node'> & { node: ResolversTypes['CampaignExpense'] }>;
  CampaignExpensePayload: ResolverTypeWrapper<Omit<CampaignExpensePayload, 'expense' | 'userErrors'> & { expense?: Maybe<ResolversTypes['CampaignExpense']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CampaignFilter: CampaignFilter;
  CampaignGroup: ResolverTypeWrapper<CampaignGroupMapper>;
  CampaignGroupPayload: ResolverTypeWrapper<Omit<CampaignGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversTypes['CampaignGroup']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CampaignImportRow: CampaignImportRow;
  CampaignKind: ResolverTypeWrapper<'PRESENTATION' | 'EXHIBITION' | 'SEMINAR' | 'CONFERENCE' | 'MAILING' | 'CALL_CAMPAIGN' | 'ADVERTISING' | 'OTHER'>;
  CampaignMaterial: ResolverTypeWrapper<CampaignMaterialMapper>;
  CampaignMaterialConnection: ResolverTypeWrapper<CampaignMaterialConnectionMapper>;
  CampaignMaterialEdge: ResolverTypeWrapper<Omit<CampaignMaterialEdge, 'node'> & { node: ResolversTypes['CampaignMaterial'] }>;
  CampaignMaterialPayload: ResolverTypeWrapper<Omit<CampaignMaterialPayload, 'material' | 'userErrors'> & { material?: Maybe<ResolversTypes['CampaignMaterial']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CampaignParticipant: ResolverTypeWrapper<CampaignParticipantMapper>;
  CampaignParticipantConnection: ResolverTypeWrapper<CampaignParticipantConnectionMapper>;
  CampaignParticipantEdge: ResolverTypeWrapper<Omit<CampaignParticipantEdge, 'node'> & { node: ResolversTypes['CampaignParticipant'] }>;
  CampaignParticipantImportRow: CampaignParticipantImportRow;
  CampaignParticipantPayload: ResolverTypeWrapper<Omit<CampaignParticipantPayload, 'participant' | 'userErrors'> & { participant?: Maybe<ResolversTypes['CampaignParticipant']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CampaignPayload: ResolverTypeWrapper<Omit<CampaignPayload, 'campaign' | 'userErrors'> & { campaign?: Maybe<ResolversTypes['Campaign']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CampaignRevenue: ResolverTypeWrapper<CampaignRevenueMapper>;
  CampaignRevenueConnection: ResolverTypeWrapper<CampaignRevenueConnectionMapper>;
  CampaignRevenueEdge: ResolverTypeWrapper<Omit<CampaignRevenueEdge, 'node'> & { node: ResolversTypes['CampaignRevenue'] }>;
  CampaignRevenuePayload: ResolverTypeWrapper<Omit<CampaignRevenuePayload, 'revenue' | 'userErrors'> & { revenue?: Maybe<ResolversTypes['CampaignRevenue']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CampaignStatus: ResolverTypeWrapper<'PLANNED' | 'RUNNING' | 'FINISHED' | 'CANCELLED'>;
  CancelChronicleEntryInput: CancelChronicleEntryInput;
  CancelContractInput: CancelContractInput;
  CancelObligationInput: CancelObligationInput;
  CancelOrderInput: CancelOrderInput;
  CancelTaskInput: CancelTaskInput;
  ChangeAppealStatusInput: ChangeAppealStatusInput;
  ChangeCampaignStatusInput: ChangeCampaignStatusInput;
  ChangeClaimStatusInput: ChangeClaimStatusInput;
  ChangeDealStageInput: ChangeDealStageInput;
  ChangeKind: ResolverTypeWrapper<'CREATED' | 'UPDATED' | 'STATUS_CHANGED' | 'ASSIGNED' | 'COMMENTED' | 'WORK_RECORDED' | 'TASK_CHANGED'>;
  ChangeTopic: ResolverTypeWrapper<'CHRONICLE' | 'APPEAL' | 'CLAIM'>;
  ChronicleEntriesFilter: ChronicleEntriesFilter;
  ChronicleEntry: ResolverTypeWrapper<ChronicleEntryMapper>;
  ChronicleEntryChange: ResolverTypeWrapper<ChronicleEntryChangeMapper>;
  ChronicleEntryConnection: ResolverTypeWrapper<ChronicleEntryConnectionMapper>;
  ChronicleEntryEdge: ResolverTypeWrapper<Omit<ChronicleEntryEdge, 'node'> & { node: ResolversTypes['ChronicleEntry'] }>;
  ChronicleEntryImportRow: ChronicleEntryImportRow;
  ChronicleEntryPayload: ResolverTypeWrapper<Omit<ChronicleEntryPayload, 'chronicleEntry' | 'userErrors'> & { chronicleEntry?: Maybe<ResolversTypes['ChronicleEntry']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ChronicleFilter: ChronicleFilter;
  ChronicleKind: ResolverTypeWrapper<'CONTACT' | 'EVENT' | 'EMAIL' | 'VISIT' | 'MEETING' | 'CALL' | 'LETTER' | 'TASK' | 'SPECIAL_EVENT' | 'NOTE'>;
  ChronicleStatus: ResolverTypeWrapper<'PLANNED' | 'DONE' | 'CANCELLED'>;
  Claim: ResolverTypeWrapper<ClaimMapper>;
  ClaimAmounts: ResolverTypeWrapper<ClaimAmounts>;
  ClaimCause: ResolverTypeWrapper<ClaimCauseMapper>;
  ClaimCausePayload: ResolverTypeWrapper<Omit<ClaimCausePayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversTypes['ClaimCause']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ClaimChange: ResolverTypeWrapper<ClaimChangeMapper>;
  ClaimConnection: ResolverTypeWrapper<ClaimConnectionMapper>;
  ClaimDynamicsRow: ResolverTypeWrapper<ClaimDynamicsRowMapper>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimImportRow: ClaimImportRow;
  ClaimPayload: ResolverTypeWrapper<Omit<ClaimPayload, 'claim' | 'userErrors'> & { claim?: Maybe<ResolversTypes['Claim']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ClaimSatisfactionRow: ResolverTypeWrapper<ClaimSatisfactionRowMapper>;
  ClaimStatus: ResolverTypeWrapper<'REGISTERED' | 'INVESTIGATING' | 'SATISFIED' | 'PARTLY_SATISFIED' | 'REJECTED' | 'WITHDRAWN'>;
  ClaimStructure: ResolverTypeWrapper<ClaimStructureMapper>;
  ClaimStructureRow: ResolverTypeWrapper<ClaimStructureRowMapper>;
  ClaimSummary: ResolverTypeWrapper<ClaimSummaryMapper>;
  CloseAgreementInput: CloseAgreementInput;
  CloseContractInput: CloseContractInput;
  CloseServiceVisitInput: CloseServiceVisitInput;
  CompanySize: ResolverTypeWrapper<'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE'>;
  CompetitorShare: ResolverTypeWrapper<CompetitorShareMapper>;
  CompleteChronicleEntryInput: CompleteChronicleEntryInput;
  CompleteTaskInput: CompleteTaskInput;
  ContactCard: ResolverTypeWrapper<ContactCardMapper>;
  ContactCardConnection: ResolverTypeWrapper<ContactCardConnectionMapper>;
  ContactCardDuplicate: ResolverTypeWrapper<ContactCardDuplicateMapper>;
  ContactCardEdge: ResolverTypeWrapper<Omit<ContactCardEdge, 'node'> & { node: ResolversTypes['ContactCard'] }>;
  ContactCardFilter: ContactCardFilter;
  ContactCardGroup: ResolverTypeWrapper<ContactCardGroupMapper>;
  ContactCardGroupPayload: ResolverTypeWrapper<Omit<ContactCardGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversTypes['ContactCardGroup']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ContactCardImportRow: ContactCardImportRow;
  ContactCardPayload: ResolverTypeWrapper<Omit<ContactCardPayload, 'contactCard' | 'userErrors'> & { contactCard?: Maybe<ResolversTypes['ContactCard']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ContactCardPerson: ResolverTypeWrapper<ContactCardPersonMapper>;
  ContactChannel: ResolverTypeWrapper<'PHONE' | 'EMAIL' | 'MEETING' | 'VISIT' | 'LETTER' | 'MESSENGER' | 'OTHER'>;
  ContactDirection: ResolverTypeWrapper<'INCOMING' | 'OUTGOING'>;
  ContactKind: ResolverTypeWrapper<'WORK' | 'MOBILE' | 'HOME' | 'FAX' | 'OTHER'>;
  ContactsReport: ResolverTypeWrapper<Omit<ContactsReport, 'groupBy' | 'rows' | 'total'> & { groupBy: Array<ResolversTypes['ContactsReportGrouping']>, rows: Array<ResolversTypes['ContactsReportRow']>, total: ResolversTypes['ContactsReportRow'] }>;
  ContactsReportGrouping: ResolverTypeWrapper<'EMPLOYEE' | 'CHANNEL' | 'COUNTERPARTY' | 'DIRECTION' | 'KIND' | 'DAY' | 'WEEK' | 'MONTH'>;
  ContactsReportRow: ResolverTypeWrapper<ContactsReportRowMapper>;
  Contract: ResolverTypeWrapper<ContractMapper>;
  ContractConnection: ResolverTypeWrapper<ContractConnectionMapper>;
  ContractEdge: ResolverTypeWrapper<Omit<ContractEdge, 'node'> & { node: ResolversTypes['Contract'] }>;
  ContractFilter: ContractFilter;
  ContractLine: ResolverTypeWrapper<ContractLineMapper>;
  ContractLineInput: ContractLineInput;
  ContractPayload: ResolverTypeWrapper<Omit<ContractPayload, 'contract' | 'userErrors'> & { contract?: Maybe<ResolversTypes['Contract']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ContractStatus: ResolverTypeWrapper<'DRAFT' | 'ACTIVE' | 'CLOSED' | 'CANCELLED'>;
  ContractTemplate: ResolverTypeWrapper<ContractTemplateMapper>;
  ContractTemplatePayload: ResolverTypeWrapper<Omit<ContractTemplatePayload, 'contractTemplate' | 'userErrors'> & { contractTemplate?: Maybe<ResolversTypes['ContractTemplate']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ConvertContactCardInput: ConvertContactCardInput;
  ConvertContactCardPayload: ResolverTypeWrapper<Omit<ConvertContactCardPayload, 'contactCard' | 'counterparty' | 'userErrors'> & { contactCard?: Maybe<ResolversTypes['ContactCard']>, counterparty?: Maybe<ResolversTypes['Counterparty']>, userErrors: Array<ResolversTypes['UserError']> }>;
  Counterparty: ResolverTypeWrapper<CounterpartyMapper>;
  CounterpartyConnection: ResolverTypeWrapper<CounterpartyConnectionMapper>;
  CounterpartyContactListConnection: ResolverTypeWrapper<CounterpartyContactListConnectionMapper>;
  CounterpartyContactListEdge: ResolverTypeWrapper<Omit<CounterpartyContactListEdge, 'node'> & { node: ResolversTypes['CounterpartyContactListEntry'] }>;
  CounterpartyContactListEntry: ResolverTypeWrapper<CounterpartyContactListEntryMapper>;
  CounterpartyContactListPerson: ResolverTypeWrapper<CounterpartyContactListPersonMapper>;
  CounterpartyContactListPersons: ResolverTypeWrapper<'PRIMARY' | 'ALL' | 'NONE'>;
  CounterpartyEdge: ResolverTypeWrapper<Omit<CounterpartyEdge, 'node'> & { node: ResolversTypes['Counterparty'] }>;
  CounterpartyFilter: CounterpartyFilter;
  CounterpartyGroup: ResolverTypeWrapper<CounterpartyGroupMapper>;
  CounterpartyGroupPayload: ResolverTypeWrapper<Omit<CounterpartyGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversTypes['CounterpartyGroup']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CounterpartyImportRow: CounterpartyImportRow;
  CounterpartyKind: ResolverTypeWrapper<'ORGANIZATION' | 'INDIVIDUAL'>;
  CounterpartyObject: ResolverTypeWrapper<CounterpartyObjectMapper>;
  CounterpartyObjectPayload: ResolverTypeWrapper<Omit<CounterpartyObjectPayload, 'object' | 'userErrors'> & { object?: Maybe<ResolversTypes['CounterpartyObject']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CounterpartyOrder: CounterpartyOrder;
  CounterpartyOrderField: ResolverTypeWrapper<'NAME' | 'CREATED_AT' | 'UPDATED_AT'>;
  CounterpartyPayload: ResolverTypeWrapper<Omit<CounterpartyPayload, 'counterparty' | 'userErrors'> & { counterparty?: Maybe<ResolversTypes['Counterparty']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CounterpartyRole: ResolverTypeWrapper<'CLIENT' | 'PROSPECT' | 'PARTNER' | 'COMPETITOR' | 'SUPPLIER' | 'OTHER'>;
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CreateAppealTypeInput: CreateAppealTypeInput;
  CreateAttachmentUploadUrlInput: CreateAttachmentUploadUrlInput;
  CreateCampaignGroupInput: CreateCampaignGroupInput;
  CreateCampaignInput: CreateCampaignInput;
  CreateChronicleEntryInput: CreateChronicleEntryInput;
  CreateClaimCauseInput: CreateClaimCauseInput;
  CreateContactCardGroupInput: CreateContactCardGroupInput;
  CreateContactCardInput: CreateContactCardInput;
  CreateContractInput: CreateContractInput;
  CreateContractTemplateInput: CreateContractTemplateInput;
  CreateCounterpartyGroupInput: CreateCounterpartyGroupInput;
  CreateCounterpartyInput: CreateCounterpartyInput;
  CreateCounterpartyObjectInput: CreateCounterpartyObjectInput;
  CreateDealInput: CreateDealInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateEmployeeInput: CreateEmployeeInput;
  CreateIndividualAgreementInput: CreateIndividualAgreementInput;
  CreateInformationSourceInput: CreateInformationSourceInput;
  CreateKnowledgeArticleInput: CreateKnowledgeArticleInput;
  CreateLostReasonInput: CreateLostReasonInput;
  CreateObligationInput: CreateObligationInput;
  CreateOrderInput: CreateOrderInput;
  CreateParameterDefinitionInput: CreateParameterDefinitionInput;
  CreatePartnerApiKeyInput: CreatePartnerApiKeyInput;
  CreatePartnerApiKeyPayload: ResolverTypeWrapper<Omit<CreatePartnerApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, userErrors: Array<ResolversTypes['UserError']> }>;
  CreatePersonInput: CreatePersonInput;
  CreatePriceTypeInput: CreatePriceTypeInput;
  CreateProductGroupInput: CreateProductGroupInput;
  CreateProductInput: CreateProductInput;
  CreateServiceCardGroupInput: CreateServiceCardGroupInput;
  CreateServiceCardInput: CreateServiceCardInput;
  CreateTaskInput: CreateTaskInput;
  CreateTimeEntryInput: CreateTimeEntryInput;
  CreateTypicalAgreementInput: CreateTypicalAgreementInput;
  CreateWebhookInput: CreateWebhookInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  CurrencyAmount: ResolverTypeWrapper<CurrencyAmount>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Deal: ResolverTypeWrapper<DealMapper>;
  DealColumn: ResolverTypeWrapper<'PROSPECT' | 'INTERESTED' | 'CONTACT_1' | 'CONTACT_2' | 'CONTACT_3' | 'RESULT'>;
  DealConnection: ResolverTypeWrapper<DealConnectionMapper>;
  DealEdge: ResolverTypeWrapper<Omit<DealEdge, 'node'> & { node: ResolversTypes['Deal'] }>;
  DealFilter: DealFilter;
  DealImportRow: DealImportRow;
  DealMove: ResolverTypeWrapper<DealMoveMapper>;
  DealMoveKind: ResolverTypeWrapper<'CREATED' | 'COLUMN' | 'STAGE' | 'REOPENED'>;
  DealPayload: ResolverTypeWrapper<Omit<DealPayload, 'deal' | 'userErrors'> & { deal?: Maybe<ResolversTypes['Deal']>, userErrors: Array<ResolversTypes['UserError']> }>;
  DealResult: ResolverTypeWrapper<'WON_CONTRACT' | 'WON_PURCHASE' | 'STILL_PROSPECT' | 'LOST'>;
  DealStage: ResolverTypeWrapper<'NEEDS' | 'RFQ' | 'OFFER' | 'NEGOTIATION' | 'ORDER'>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeleteAppealTypeInput: DeleteAppealTypeInput;
  DeleteAppealTypePayload: ResolverTypeWrapper<Omit<DeleteAppealTypePayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteAttachmentInput: DeleteAttachmentInput;
  DeleteAttachmentPayload: ResolverTypeWrapper<Omit<DeleteAttachmentPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteCampaignGroupInput: DeleteCampaignGroupInput;
  DeleteCampaignGroupPayload: ResolverTypeWrapper<Omit<DeleteCampaignGroupPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteClaimCauseInput: DeleteClaimCauseInput;
  DeleteClaimCausePayload: ResolverTypeWrapper<Omit<DeleteClaimCausePayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteContactCardGroupInput: DeleteContactCardGroupInput;
  DeleteContactCardGroupPayload: ResolverTypeWrapper<Omit<DeleteContactCardGroupPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteCounterpartyGroupInput: DeleteCounterpartyGroupInput;
  DeleteCounterpartyGroupPayload: ResolverTypeWrapper<Omit<DeleteCounterpartyGroupPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteCounterpartyObjectInput: DeleteCounterpartyObjectInput;
  DeleteCounterpartyObjectPayload: ResolverTypeWrapper<Omit<DeleteCounterpartyObjectPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeletePriceInput: DeletePriceInput;
  DeletePricePayload: ResolverTypeWrapper<Omit<DeletePricePayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteProductGroupInput: DeleteProductGroupInput;
  DeleteProductGroupPayload: ResolverTypeWrapper<Omit<DeleteProductGroupPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteServiceCardGroupInput: DeleteServiceCardGroupInput;
  DeleteServiceCardGroupPayload: ResolverTypeWrapper<Omit<DeleteServiceCardGroupPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteTimeEntryInput: DeleteTimeEntryInput;
  DeleteTimeEntryPayload: ResolverTypeWrapper<Omit<DeleteTimeEntryPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  DeleteWebhookInput: DeleteWebhookInput;
  DeleteWebhookPayload: ResolverTypeWrapper<Omit<DeleteWebhookPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  Department: ResolverTypeWrapper<DepartmentMapper>;
  DepartmentConnection: ResolverTypeWrapper<DepartmentConnectionMapper>;
  DepartmentEdge: ResolverTypeWrapper<Omit<DepartmentEdge, 'node'> & { node: ResolversTypes['Department'] }>;
  DepartmentPayload: ResolverTypeWrapper<Omit<DepartmentPayload, 'department' | 'userErrors'> & { department?: Maybe<ResolversTypes['Department']>, userErrors: Array<ResolversTypes['UserError']> }>;
  DuplicateKey: ResolverTypeWrapper<Omit<DuplicateKey, 'kind'> & { kind: ResolversTypes['DuplicateKeyKind'] }>;
  DuplicateKeyKind: ResolverTypeWrapper<'PHONE' | 'EMAIL' | 'TAX_NUMBER'>;
  Email: ResolverTypeWrapper<Omit<Email, 'kind'> & { kind: ResolversTypes['ContactKind'] }>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  EmailInput: EmailInput;
  EmailMessage: ResolverTypeWrapper<EmailMessageMapper>;
  EmailStatus: ResolverTypeWrapper<'QUEUED' | 'SENT' | 'FAILED'>;
  Employee: ResolverTypeWrapper<EmployeeMapper>;
  EmployeeConnection: ResolverTypeWrapper<EmployeeConnectionMapper>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeFilter: EmployeeFilter;
  EmployeePayload: ResolverTypeWrapper<Omit<EmployeePayload, 'employee' | 'userErrors'> & { employee?: Maybe<ResolversTypes['Employee']>, userErrors: Array<ResolversTypes['UserError']> }>;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  GenerateServiceScheduleInput: GenerateServiceScheduleInput;
  GroupDiscount: ResolverTypeWrapper<GroupDiscountMapper>;
  GroupDiscountInput: GroupDiscountInput;
  HistoryEntry: ResolverTypeWrapper<HistoryEntryMapper>;
  HistoryEntryConnection: ResolverTypeWrapper<HistoryEntryConnectionMapper>;
  HistoryEntryEdge: ResolverTypeWrapper<Omit<HistoryEntryEdge, 'node'> & { node: ResolversTypes['HistoryEntry'] }>;
  HistoryOperation: ResolverTypeWrapper<'CREATE' | 'UPDATE' | 'ARCHIVE' | 'RESTORE' | 'STATUS' | 'DELETE'>;
  ImportAppealsInput: ImportAppealsInput;
  ImportCampaignParticipantsInput: ImportCampaignParticipantsInput;
  ImportCampaignsInput: ImportCampaignsInput;
  ImportChronicleEntriesInput: ImportChronicleEntriesInput;
  ImportClaimsInput: ImportClaimsInput;
  ImportContactCardsInput: ImportContactCardsInput;
  ImportCounterpartiesInput: ImportCounterpartiesInput;
  ImportDealsInput: ImportDealsInput;
  ImportMode: ResolverTypeWrapper<'UPSERT' | 'CREATE_ONLY'>;
  ImportObligationsInput: ImportObligationsInput;
  ImportPayload: ResolverTypeWrapper<Omit<ImportPayload, 'rows'> & { rows: Array<ResolversTypes['ImportRowResult']> }>;
  ImportPersonsInput: ImportPersonsInput;
  ImportPricesInput: ImportPricesInput;
  ImportProductsInput: ImportProductsInput;
  ImportRowResult: ResolverTypeWrapper<Omit<ImportRowResult, 'errors' | 'status'> & { errors: Array<ResolversTypes['UserError']>, status: ResolversTypes['ImportRowStatus'] }>;
  ImportRowStatus: ResolverTypeWrapper<'CREATED' | 'UPDATED' | 'UNCHANGED' | 'FAILED' | 'SKIPPED'>;
  ImportServiceCardsInput: ImportServiceCardsInput;
  ImportTasksInput: ImportTasksInput;
  ImportVCardsInput: ImportVCardsInput;
  Importance: ResolverTypeWrapper<'KEY' | 'NORMAL' | 'LOW'>;
  ImportantDate: ResolverTypeWrapper<ImportantDate>;
  ImportantDateInput: ImportantDateInput;
  InformationSource: ResolverTypeWrapper<InformationSourceMapper>;
  InformationSourceConnection: ResolverTypeWrapper<InformationSourceConnectionMapper>;
  InformationSourceEdge: ResolverTypeWrapper<Omit<InformationSourceEdge, 'node'> & { node: ResolversTypes['InformationSource'] }>;
  InformationSourcePayload: ResolverTypeWrapper<Omit<InformationSourcePayload, 'informationSource' | 'userErrors'> & { informationSource?: Maybe<ResolversTypes['InformationSource']>, userErrors: Array<ResolversTypes['UserError']> }>;
  InvitationStatus: ResolverTypeWrapper<'INVITED' | 'CONFIRMED' | 'ATTENDED' | 'DECLINED'>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KnowledgeArticle: ResolverTypeWrapper<KnowledgeArticleMapper>;
  KnowledgeArticleConnection: ResolverTypeWrapper<KnowledgeArticleConnectionMapper>;
  KnowledgeArticleEdge: ResolverTypeWrapper<Omit<KnowledgeArticleEdge, 'node'> & { node: ResolversTypes['KnowledgeArticle'] }>;
  KnowledgeArticleFilter: KnowledgeArticleFilter;
  KnowledgeArticlePayload: ResolverTypeWrapper<Omit<KnowledgeArticlePayload, 'article' | 'userErrors'> & { article?: Maybe<ResolversTypes['KnowledgeArticle']>, userErrors: Array<ResolversTypes['UserError']> }>;
  LinkDealOrderInput: LinkDealOrderInput;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  LostReason: ResolverTypeWrapper<LostReasonMapper>;
  LostReasonPayload: ResolverTypeWrapper<Omit<LostReasonPayload, 'lostReason' | 'userErrors'> & { lostReason?: Maybe<ResolversTypes['LostReason']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ManagerPerformanceRow: ResolverTypeWrapper<ManagerPerformanceRowMapper>;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: ResolverTypeWrapper<Omit<MarkNotificationsReadPayload, 'notifications' | 'userErrors'> & { notifications: Array<ResolversTypes['Notification']>, userErrors: Array<ResolversTypes['UserError']> }>;
  MoveAppealTypeInput: MoveAppealTypeInput;
  MoveCampaignGroupInput: MoveCampaignGroupInput;
  MoveClaimCauseInput: MoveClaimCauseInput;
  MoveContactCardGroupInput: MoveContactCardGroupInput;
  MoveCounterpartyGroupInput: MoveCounterpartyGroupInput;
  MoveDealInput: MoveDealInput;
  MoveProductGroupInput: MoveProductGroupInput;
  MoveServiceCardGroupInput: MoveServiceCardGroupInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewContactCardPersonInput: NewContactCardPersonInput;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Notification: ResolverTypeWrapper<NotificationMapper>;
  NotificationConnection: ResolverTypeWrapper<NotificationConnectionMapper>;
  NotificationEdge: ResolverTypeWrapper<Omit<NotificationEdge, 'node'> & { node: ResolversTypes['Notification'] }>;
  NotificationKind: ResolverTypeWrapper<'REMINDER'>;
  Obligation: ResolverTypeWrapper<ObligationMapper>;
  ObligationConnection: ResolverTypeWrapper<ObligationConnectionMapper>;
  ObligationDebtor: ResolverTypeWrapper<'OURS' | 'THEIRS'>;
  ObligationEdge: ResolverTypeWrapper<Omit<ObligationEdge, 'node'> & { node: ResolversTypes['Obligation'] }>;
  ObligationFilter: ObligationFilter;
  ObligationFulfilment: ResolverTypeWrapper<ObligationFulfilmentMapper>;
  ObligationFulfilmentSource: ResolverTypeWrapper<'SHIPMENT' | 'PAYMENT' | 'MANUAL'>;
  ObligationImportRow: ObligationImportRow;
  ObligationKind: ResolverTypeWrapper<'DELIVERY' | 'PAYMENT' | 'SERVICE' | 'DOCUMENT' | 'OTHER'>;
  ObligationPayload: ResolverTypeWrapper<Omit<ObligationPayload, 'obligation' | 'userErrors'> & { obligation?: Maybe<ResolversTypes['Obligation']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ObligationStatus: ResolverTypeWrapper<'OPEN' | 'PARTIALLY_FULFILLED' | 'FULFILLED' | 'CANCELLED'>;
  ObligationsFilter: ObligationsFilter;
  Order: ResolverTypeWrapper<OrderMapper>;
  OrderAnalysis: ResolverTypeWrapper<Omit<OrderAnalysis, 'lines' | 'obligations' | 'status'> & { lines: Array<ResolversTypes['OrderAnalysisLine']>, obligations: Array<ResolversTypes['OrderAnalysisObligation']>, status: ResolversTypes['OrderStatus'] }>;
  OrderAnalysisLine: ResolverTypeWrapper<Omit<OrderAnalysisLine, 'productType'> & { productType: ResolversTypes['ProductType'] }>;
  OrderAnalysisMovement: ResolverTypeWrapper<OrderAnalysisMovement>;
  OrderAnalysisObligation: ResolverTypeWrapper<Omit<OrderAnalysisObligation, 'debtor' | 'kind' | 'status'> & { debtor: ResolversTypes['ObligationDebtor'], kind: ResolversTypes['ObligationKind'], status: ResolversTypes['ObligationStatus'] }>;
  OrderAnalysisSettlements: ResolverTypeWrapper<OrderAnalysisSettlements>;
  OrderConnection: ResolverTypeWrapper<OrderConnectionMapper>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLineMapper>;
  OrderLineInput: OrderLineInput;
  OrderPayload: ResolverTypeWrapper<Omit<OrderPayload, 'order' | 'userErrors'> & { order?: Maybe<ResolversTypes['Order']>, userErrors: Array<ResolversTypes['UserError']> }>;
  OrderProgress: ResolverTypeWrapper<'NONE' | 'PARTIAL' | 'FULL'>;
  OrderStatus: ResolverTypeWrapper<'DRAFT' | 'POSTED' | 'CANCELLED'>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParameterDefinition: ResolverTypeWrapper<ParameterDefinitionMapper>;
  ParameterDefinitionPayload: ResolverTypeWrapper<Omit<ParameterDefinitionPayload, 'parameterDefinition' | 'userErrors'> & { parameterDefinition?: Maybe<ResolversTypes['ParameterDefinition']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ParameterType: ResolverTypeWrapper<'STRING' | 'NUMBER' | 'DATE' | 'BOOLEAN'>;
  ParameterValue: ResolverTypeWrapper<ParameterValueMapper>;
  ParameterValueInput: ParameterValueInput;
  PartnerSalesActivityRow: ResolverTypeWrapper<PartnerSalesActivityRowMapper>;
  Payment: ResolverTypeWrapper<PaymentMapper>;
  PaymentBasis: ResolverTypeWrapper<'ORDER' | 'SHIPMENT'>;
  PaymentMethod: ResolverTypeWrapper<'BANK_TRANSFER' | 'CASH' | 'CARD' | 'OFFSET'>;
  PaymentPayload: ResolverTypeWrapper<Omit<PaymentPayload, 'payment' | 'userErrors'> & { payment?: Maybe<ResolversTypes['Payment']>, userErrors: Array<ResolversTypes['UserError']> }>;
  PaymentStage: ResolverTypeWrapper<PaymentStageMapper>;
  PaymentStageInput: PaymentStageInput;
  Person: ResolverTypeWrapper<PersonMapper>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionMapper>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonImportRow: PersonImportRow;
  PersonPayload: ResolverTypeWrapper<Omit<PersonPayload, 'person' | 'userErrors'> & { person?: Maybe<ResolversTypes['Person']>, userErrors: Array<ResolversTypes['UserError']> }>;
  PersonPosition: ResolverTypeWrapper<PersonPositionMapper>;
  PersonPositionImportRow: PersonPositionImportRow;
  PersonPositionInput: PersonPositionInput;
  Phone: ResolverTypeWrapper<Omit<Phone, 'kind'> & { kind: ResolversTypes['ContactKind'] }>;
  PhoneInput: PhoneInput;
  PostContractInput: PostContractInput;
  PostOrderInput: PostOrderInput;
  Price: ResolverTypeWrapper<PriceMapper>;
  PriceImportRow: PriceImportRow;
  PricePayload: ResolverTypeWrapper<Omit<PricePayload, 'price' | 'userErrors'> & { price?: Maybe<ResolversTypes['Price']>, userErrors: Array<ResolversTypes['UserError']> }>;
  PriceType: ResolverTypeWrapper<PriceTypeMapper>;
  PriceTypePayload: ResolverTypeWrapper<Omit<PriceTypePayload, 'priceType' | 'userErrors'> & { priceType?: Maybe<ResolversTypes['PriceType']>, userErrors: Array<ResolversTypes['UserError']> }>;
  PriceTypePurpose: ResolverTypeWrapper<'SALE' | 'COST'>;
  Product: ResolverTypeWrapper<ProductMapper>;
  ProductConnection: ResolverTypeWrapper<ProductConnectionMapper>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductGroup: ResolverTypeWrapper<ProductGroupMapper>;
  ProductGroupPayload: ResolverTypeWrapper<Omit<ProductGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversTypes['ProductGroup']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ProductImportRow: ProductImportRow;
  ProductOrder: ProductOrder;
  ProductOrderField: ResolverTypeWrapper<'NAME' | 'CREATED_AT'>;
  ProductPayload: ResolverTypeWrapper<Omit<ProductPayload, 'product' | 'userErrors'> & { product?: Maybe<ResolversTypes['Product']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ProductRelationKind: ResolverTypeWrapper<'ANALOGUE' | 'SUBSTITUTE'>;
  ProductType: ResolverTypeWrapper<'GOODS' | 'SERVICE'>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAppealWorkInput: RecordAppealWorkInput;
  RecordHistoryFilter: RecordHistoryFilter;
  RecordObligationFulfilmentInput: RecordObligationFulfilmentInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordServiceVisitInput: RecordServiceVisitInput;
  RecordShipmentInput: RecordShipmentInput;
  RegisterAppealInput: RegisterAppealInput;
  RegisterCallInput: RegisterCallInput;
  RegisterCallPayload: ResolverTypeWrapper<Omit<RegisterCallPayload, 'chronicleEntry' | 'contactCard' | 'userErrors'> & { chronicleEntry?: Maybe<ResolversTypes['ChronicleEntry']>, contactCard?: Maybe<ResolversTypes['ContactCard']>, userErrors: Array<ResolversTypes['UserError']> }>;
  RegisterClaimInput: RegisterClaimInput;
  RegisteredVia: ResolverTypeWrapper<'STAFF' | 'PORTAL'>;
  RemoveCampaignExpenseInput: RemoveCampaignExpenseInput;
  RemoveCampaignMaterialInput: RemoveCampaignMaterialInput;
  RemoveCampaignParticipantInput: RemoveCampaignParticipantInput;
  RemoveCampaignRecordPayload: ResolverTypeWrapper<Omit<RemoveCampaignRecordPayload, 'userErrors'> & { userErrors: Array<ResolversTypes['UserError']> }>;
  RemoveCampaignRevenueInput: RemoveCampaignRevenueInput;
  RemoveContactCardPersonInput: RemoveContactCardPersonInput;
  RemoveCounterpartyCompetitorInput: RemoveCounterpartyCompetitorInput;
  RemoveProductRelationInput: RemoveProductRelationInput;
  RenameAppealTypeInput: RenameAppealTypeInput;
  RenameCampaignGroupInput: RenameCampaignGroupInput;
  RenameClaimCauseInput: RenameClaimCauseInput;
  RenameContactCardGroupInput: RenameContactCardGroupInput;
  RenameCounterpartyGroupInput: RenameCounterpartyGroupInput;
  RenameProductGroupInput: RenameProductGroupInput;
  RenameServiceCardGroupInput: RenameServiceCardGroupInput;
  ReopenClaimInput: ReopenClaimInput;
  ReopenDealInput: ReopenDealInput;
  ReopenTaskInput: ReopenTaskInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversTypes['ApiKey']>, userErrors: Array<ResolversTypes['UserError']> }>;
  Role: ResolverTypeWrapper<'ADMIN' | 'MANAGER' | 'VIEWER'>;
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  SalesAfterCampaign: ResolverTypeWrapper<SalesAfterCampaignMapper>;
  SalesComparison: ResolverTypeWrapper<SalesComparison>;
  SalesFunnel: ResolverTypeWrapper<SalesFunnelMapper>;
  SalesFunnelColumn: ResolverTypeWrapper<SalesFunnelColumnMapper>;
  SalesFunnelResult: ResolverTypeWrapper<SalesFunnelResultMapper>;
  SalesFunnelStage: ResolverTypeWrapper<SalesFunnelStageMapper>;
  SendEmailInput: SendEmailInput;
  SendEmailPayload: ResolverTypeWrapper<Omit<SendEmailPayload, 'chronicleEntry' | 'userErrors'> & { chronicleEntry?: Maybe<ResolversTypes['ChronicleEntry']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ServiceCard: ResolverTypeWrapper<ServiceCardMapper>;
  ServiceCardConnection: ResolverTypeWrapper<ServiceCardConnectionMapper>;
  ServiceCardEdge: ResolverTypeWrapper<Omit<ServiceCardEdge, 'node'> & { node: ResolversTypes['ServiceCard'] }>;
  ServiceCardFilter: ServiceCardFilter;
  ServiceCardGroup: ResolverTypeWrapper<ServiceCardGroupMapper>;
  ServiceCardGroupPayload: ResolverTypeWrapper<Omit<ServiceCardGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversTypes['ServiceCardGroup']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ServiceCardImportRow: ServiceCardImportRow;
  ServiceCardPayload: ResolverTypeWrapper<Omit<ServiceCardPayload, 'serviceCard' | 'userErrors'> & { serviceCard?: Maybe<ResolversTypes['ServiceCard']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ServiceCardStatus: ResolverTypeWrapper<'ACTIVE' | 'SUSPENDED' | 'CLOSED'>;
  ServicePeriodicity: ResolverTypeWrapper<'DAILY' | 'WEEKLY' | 'MONTHLY' | 'QUARTERLY' | 'HALF_YEARLY' | 'YEARLY' | 'EVERY_N_DAYS' | 'EVERY_N_WEEKS' | 'EVERY_N_MONTHS'>;
  ServiceVisit: ResolverTypeWrapper<ServiceVisitMapper>;
  ServiceVisitOrigin: ResolverTypeWrapper<'GENERATED' | 'MANUAL'>;
  ServiceVisitPayload: ResolverTypeWrapper<Omit<ServiceVisitPayload, 'serviceVisit' | 'userErrors'> & { serviceVisit?: Maybe<ResolversTypes['ServiceVisit']>, userErrors: Array<ResolversTypes['UserError']> }>;
  ServiceVisitStatus: ResolverTypeWrapper<'PLANNED' | 'DONE' | 'MISSED' | 'CANCELLED'>;
  SetCounterpartyCompetitorInput: SetCounterpartyCompetitorInput;
  SetCounterpartyParametersInput: SetCounterpartyParametersInput;
  SetPriceInput: SetPriceInput;
  SetProductRelationInput: SetProductRelationInput;
  SetServiceVisitReminderInput: SetServiceVisitReminderInput;
  SettlementEvent: ResolverTypeWrapper<SettlementEventMapper>;
  SettlementEventKind: ResolverTypeWrapper<'SHIPMENT' | 'PAYMENT'>;
  Settlements: ResolverTypeWrapper<SettlementsMapper>;
  Shipment: ResolverTypeWrapper<ShipmentMapper>;
  ShipmentLine: ResolverTypeWrapper<ShipmentLineMapper>;
  ShipmentLineInput: ShipmentLineInput;
  ShipmentPayload: ResolverTypeWrapper<Omit<ShipmentPayload, 'shipment' | 'userErrors'> & { shipment?: Maybe<ResolversTypes['Shipment']>, userErrors: Array<ResolversTypes['UserError']> }>;
  SortDirection: ResolverTypeWrapper<'ASC' | 'DESC'>;
  SourceAnalysisFilter: SourceAnalysisFilter;
  SourceAnalysisGrouping: ResolverTypeWrapper<'SOURCE' | 'CAMPAIGN' | 'MONTH'>;
  SourceAnalysisRow: ResolverTypeWrapper<SourceAnalysisRowMapper>;
  SourceAnalysisSales: ResolverTypeWrapper<SourceAnalysisSales>;
  SourceEffectivenessRow: ResolverTypeWrapper<SourceEffectivenessRowMapper>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TaskMapper>;
  TaskConnection: ResolverTypeWrapper<TaskConnectionMapper>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  TaskImportRow: TaskImportRow;
  TaskPayload: ResolverTypeWrapper<Omit<TaskPayload, 'task' | 'userErrors'> & { task?: Maybe<ResolversTypes['Task']>, userErrors: Array<ResolversTypes['UserError']> }>;
  TaskStatus: ResolverTypeWrapper<'OPEN' | 'DONE' | 'CANCELLED'>;
  TimeEntry: ResolverTypeWrapper<TimeEntryMapper>;
  TimeEntryConnection: ResolverTypeWrapper<TimeEntryConnectionMapper>;
  TimeEntryEdge: ResolverTypeWrapper<Omit<TimeEntryEdge, 'node'> & { node: ResolversTypes['TimeEntry'] }>;
  TimeEntryFilter: TimeEntryFilter;
  TimeEntryPayload: ResolverTypeWrapper<Omit<TimeEntryPayload, 'timeEntry' | 'userErrors'> & { timeEntry?: Maybe<ResolversTypes['TimeEntry']>, userErrors: Array<ResolversTypes['UserError']> }>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  UnlinkDealOrderInput: UnlinkDealOrderInput;
  UpdateAgreementInput: UpdateAgreementInput;
  UpdateAppealInput: UpdateAppealInput;
  UpdateCampaignExpenseInput: UpdateCampaignExpenseInput;
  UpdateCampaignInput: UpdateCampaignInput;
  UpdateCampaignMaterialInput: UpdateCampaignMaterialInput;
  UpdateCampaignParticipantInput: UpdateCampaignParticipantInput;
  UpdateCampaignRevenueInput: UpdateCampaignRevenueInput;
  UpdateChronicleEntryInput: UpdateChronicleEntryInput;
  UpdateClaimInput: UpdateClaimInput;
  UpdateContactCardInput: UpdateContactCardInput;
  UpdateContractInput: UpdateContractInput;
  UpdateContractTemplateInput: UpdateContractTemplateInput;
  UpdateCounterpartyInput: UpdateCounterpartyInput;
  UpdateCounterpartyObjectInput: UpdateCounterpartyObjectInput;
  UpdateDealInput: UpdateDealInput;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UpdateInformationSourceInput: UpdateInformationSourceInput;
  UpdateKnowledgeArticleInput: UpdateKnowledgeArticleInput;
  UpdateLostReasonInput: UpdateLostReasonInput;
  UpdateObligationInput: UpdateObligationInput;
  UpdateOrderInput: UpdateOrderInput;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePriceTypeInput: UpdatePriceTypeInput;
  UpdateProductInput: UpdateProductInput;
  UpdateServiceCardInput: UpdateServiceCardInput;
  UpdateTaskInput: UpdateTaskInput;
  UpdateTimeEntryInput: UpdateTimeEntryInput;
  UpdateWebhookInput: UpdateWebhookInput;
  Upload: ResolverTypeWrapper<Scalars['Upload']['output']>;
  UploadAttachmentInput: UploadAttachmentInput;
  UserError: ResolverTypeWrapper<Omit<UserError, 'code'> & { code: ResolversTypes['UserErrorCode'] }>;
  UserErrorCode: ResolverTypeWrapper<'AGREEMENT_NOT_FOR_COUNTERPARTY' | 'AGREEMENT_NOT_USABLE' | 'CONTENT_TYPE_MISMATCH' | 'CONTRACT_NOT_IN_FORCE' | 'CONTRACT_NOT_USABLE' | 'CONTRACT_REQUIRED' | 'CURRENCY_MISMATCH' | 'CYCLE' | 'DELIVERY_TOO_LATE' | 'DISCOUNT_EXCEEDED' | 'DUPLICATE' | 'INVALID' | 'INVALID_STATE' | 'NOT_CONFIGURED' | 'NOT_EMPTY' | 'NOT_FOUND' | 'OUT_OF_RANGE' | 'PREPAYMENT_REQUIRED' | 'PRICE_MISMATCH' | 'REQUIRED' | 'TOO_LARGE' | 'TOO_LONG' | 'WRONG_TYPE'>;
  Viewer: ResolverTypeWrapper<ViewerMapper>;
  Webhook: ResolverTypeWrapper<WebhookMapper>;
  WebhookConnection: ResolverTypeWrapper<WebhookConnectionMapper>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryMapper>;
  WebhookDeliveryConnection: ResolverTypeWrapper<WebhookDeliveryConnectionMapper>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: ResolverTypeWrapper<'PENDING' | 'DELIVERED' | 'FAILED' | 'CANCELLED'>;
  WebhookEdge: ResolverTypeWrapper<Omit<WebhookEdge, 'node'> & { node: ResolversTypes['Webhook'] }>;
  WebhookPayload: ResolverTypeWrapper<Omit<WebhookPayload, 'userErrors' | 'webhook'> & { userErrors: Array<ResolversTypes['UserError']>, webhook?: Maybe<ResolversTypes['Webhook']> }>;
  WebhookSecretPayload: ResolverTypeWrapper<Omit<WebhookSecretPayload, 'userErrors' | 'webhook'> & { userErrors: Array<ResolversTypes['UserError']>, webhook?: Maybe<ResolversTypes['Webhook']> }>;
  WorkHistory: ResolverTypeWrapper<WorkHistoryMapper>;
  WorkHistoryBucket: ResolverTypeWrapper<'MONTH' | 'QUARTER' | 'YEAR'>;
  WorkHistoryClaims: ResolverTypeWrapper<Omit<WorkHistoryClaims, 'status'> & { status: ResolversTypes['ClaimStatus'] }>;
  WorkHistoryPeriod: ResolverTypeWrapper<Omit<WorkHistoryPeriod, 'claimsByStatus'> & { claimsByStatus: Array<ResolversTypes['WorkHistoryClaims']> }>;
  WorkMode: ResolverTypeWrapper<WorkMode>;
  WorkModeInput: WorkModeInput;
  WorkTimeGrouping: ResolverTypeWrapper<'EMPLOYEE' | 'COUNTERPARTY'>;
  WorkTimePeriod: ResolverTypeWrapper<'DAY' | 'WEEK' | 'MONTH'>;
  WorkTimeSummaryRow: ResolverTypeWrapper<WorkTimeSummaryRowMapper>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ActivateAgreementInput: ActivateAgreementInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AddCampaignExpenseInput: AddCampaignExpenseInput;
  String: Scalars['String']['output'];
  AddCampaignMaterialInput: AddCampaignMaterialInput;
  AddCampaignParticipantInput: AddCampaignParticipantInput;
  AddCampaignRevenueInput: AddCampaignRevenueInput;
  AddContactCardPersonInput: AddContactCardPersonInput;
  Boolean: Scalars['Boolean']['output'];
  AddServiceVisitInput: AddServiceVisitInput;
  Address: Address;
  AddressInput: AddressInput;
  Agreement: AgreementMapper;
  AgreementConnection: AgreementConnectionMapper;
  AgreementEdge: Omit<AgreementEdge, 'node'> & { node: ResolversParentTypes['Agreement'] };
  AgreementFilter: AgreementFilter;
  AgreementPayload: Omit<AgreementPayload, 'agreement' | 'userErrors'> & { agreement?: Maybe<ResolversParentTypes['Agreement']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AgreementTerms: AgreementTermsMapper;
  AgreementTermsInput: AgreementTermsInput;
  ApiKey: ApiKeyMapper;
  ApiKeyConnection: ApiKeyConnectionMapper;
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApiKeyFilter: ApiKeyFilter;
  Appeal: AppealMapper;
  AppealAction: AppealActionMapper;
  AppealChange: AppealChangeMapper;
  AppealConnection: AppealConnectionMapper;
  AppealEdge: Omit<AppealEdge, 'node'> & { node: ResolversParentTypes['Appeal'] };
  AppealFilter: AppealFilter;
  AppealImportRow: AppealImportRow;
  AppealPayload: Omit<AppealPayload, 'appeal' | 'userErrors'> & { appeal?: Maybe<ResolversParentTypes['Appeal']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AppealType: AppealTypeMapper;
  AppealTypePayload: Omit<AppealTypePayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversParentTypes['AppealType']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AppealWorkPayload: Omit<AppealWorkPayload, 'action' | 'appeal' | 'userErrors'> & { action?: Maybe<ResolversParentTypes['AppealAction']>, appeal?: Maybe<ResolversParentTypes['Appeal']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ArchiveContactCardInput: ArchiveContactCardInput;
  ArchiveCounterpartyInput: ArchiveCounterpartyInput;
  ArchivePersonInput: ArchivePersonInput;
  ArchiveProductInput: ArchiveProductInput;
  ArchiveServiceCardInput: ArchiveServiceCardInput;
  AssignAppealInput: AssignAppealInput;
  Attachment: AttachmentMapper;
  AttachmentPayload: Omit<AttachmentPayload, 'attachment' | 'userErrors'> & { attachment?: Maybe<ResolversParentTypes['Attachment']>, userErrors: Array<ResolversParentTypes['UserError']> };
  AttachmentUploadUrlPayload: Omit<AttachmentUploadUrlPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  Audited: ResolversInterfaceTypes<ResolversParentTypes>['Audited'];
  BankAccount: BankAccount;
  BankAccountInput: BankAccountInput;
  CalendarConnection: CalendarConnectionMapper;
  CalendarEdge: Omit<CalendarEdge, 'node'> & { node: ResolversParentTypes['CalendarEvent'] };
  CalendarEvent: CalendarEventMapper;
  CalendarFilter: CalendarFilter;
  CallLogRow: CallLogRowMapper;
  Campaign: CampaignMapper;
  CampaignConnection: CampaignConnectionMapper;
  CampaignEdge: Omit<CampaignEdge, 'node'> & { node: ResolversParentTypes['Campaign'] };
  CampaignEffectivenessRow: CampaignEffectivenessRowMapper;
  CampaignExpense: CampaignExpenseMapper;
  CampaignExpenseConnection: CampaignExpenseConnectionMapper;
  CampaignExpenseEdge: Omit<CampaignExpenseEdge, 'node'> & { node: ResolversParentTypes['CampaignExpense'] };
  CampaignExpensePayload: Omit<CampaignExpensePayload, 'expense' | 'userErrors'> & { expense?: Maybe<ResolversParentTypes['CampaignExpense']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CampaignFilter: CampaignFilter;
  CampaignGroup: CampaignGroupMapper;
  CampaignGroupPayload: Omit<CampaignGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversParentTypes['CampaignGroup']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CampaignImportRow: CampaignImportRow;
  CampaignMaterial: CampaignMaterialMapper;
  CampaignMaterialConnection: CampaignMaterialConnectionMapper;
  CampaignMaterialEdge: Omit<CampaignMaterialEdge, 'node'> & { node: ResolversParentTypes['CampaignMaterial'] };
  CampaignMaterialPayload: Omit<CampaignMaterialPayload, 'material' | 'userErrors'> & { material?: Maybe<ResolversParentTypes['CampaignMaterial']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CampaignParticipant: CampaignParticipantMapper;
  CampaignParticipantConnection: CampaignParticipantConnectionMapper;
  CampaignParticipantEdge: Omit<CampaignParticipantEdge, 'node'> & { node: ResolversParentTypes['CampaignParticipant'] };
  CampaignParticipantImportRow: CampaignParticipantImportRow;
  CampaignParticipantPayload: Omit<CampaignParticipantPayload, 'participant' | 'userErrors'> & { participant?: Maybe<ResolversParentTypes['CampaignParticipant']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CampaignPayload: Omit<CampaignPayload, 'campaign' | 'userErrors'> & { campaign?: Maybe<ResolversParentTypes['Campaign']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CampaignRevenue: CampaignRevenueMapper;
  CampaignRevenueConnection: CampaignRevenueConnectionMapper;
  CampaignRevenueEdge: Omit<CampaignRevenueEdge, 'node'> & { node: ResolversParentTypes['CampaignRevenue'] };
  CampaignRevenuePayload: Omit<CampaignRevenuePayload, 'revenue' | 'userErrors'> & { revenue?: Maybe<ResolversParentTypes['CampaignRevenue']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CancelChronicleEntryInput: CancelChronicleEntryInput;
  CancelContractInput: CancelContractInput;
  CancelObligationInput: CancelObligationInput;
  CancelOrderInput: CancelOrderInput;
  CancelTaskInput: CancelTaskInput;
  ChangeAppealStatusInput: ChangeAppealStatusInput;
  ChangeCampaignStatusInput: ChangeCampaignStatusInput;
  ChangeClaimStatusInput: ChangeClaimStatusInput;
  ChangeDealStageInput: ChangeDealStageInput;
  ChronicleEntriesFilter: ChronicleEntriesFilter;
  ChronicleEntry: ChronicleEntryMapper;
  ChronicleEntryChange: ChronicleEntryChangeMapper;
  ChronicleEntryConnection: ChronicleEntryConnectionMapper;
  ChronicleEntryEdge: Omit<ChronicleEntryEdge, 'node'> & { node: ResolversParentTypes['ChronicleEntry'] };
  ChronicleEntryImportRow: ChronicleEntryImportRow;
  ChronicleEntryPayload: Omit<ChronicleEntryPayload, 'chronicleEntry' | 'userErrors'> & { chronicleEntry?: Maybe<ResolversParentTypes['ChronicleEntry']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ChronicleFilter: ChronicleFilter;
  Claim: ClaimMapper;
  ClaimAmounts: ClaimAmounts;
  ClaimCause: ClaimCauseMapper;
  ClaimCausePayload: Omit<ClaimCausePayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversParentTypes['ClaimCause']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ClaimChange: ClaimChangeMapper;
  ClaimConnection: ClaimConnectionMapper;
  ClaimDynamicsRow: ClaimDynamicsRowMapper;
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimImportRow: ClaimImportRow;
  ClaimPayload: Omit<ClaimPayload, 'claim' | 'userErrors'> & { claim?: Maybe<ResolversParentTypes['Claim']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ClaimSatisfactionRow: ClaimSatisfactionRowMapper;
  ClaimStructure: ClaimStructureMapper;
  ClaimStructureRow: ClaimStructureRowMapper;
  ClaimSummary: ClaimSummaryMapper;
  CloseAgreementInput: CloseAgreementInput;
  CloseContractInput: CloseContractInput;
  CloseServiceVisitInput: CloseServiceVisitInput;
  CompetitorShare: CompetitorShareMapper;
  CompleteChronicleEntryInput: CompleteChronicleEntryInput;
  CompleteTaskInput: CompleteTaskInput;
  ContactCard: ContactCardMapper;
  ContactCardConnection: ContactCardConnectionMapper;
  ContactCardDuplicate: ContactCardDuplicateMapper;
  ContactCardEdge: Omit<ContactCardEdge, 'node'> & { node: ResolversParentTypes['ContactCard'] };
  ContactCardFilter: ContactCardFilter;
  ContactCardGroup: ContactCardGroupMapper;
  ContactCardGroupPayload: Omit<ContactCardGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversParentTypes['ContactCardGroup']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ContactCardImportRow: ContactCardImportRow;
  ContactCardPayload: Omit<ContactCardPayload, 'contactCard' | 'userErrors'> & { contactCard?: Maybe<ResolversParentTypes['ContactCard']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ContactCardPerson: ContactCardPersonMapper;
  ContactsReport: Omit<ContactsReport, 'rows' | 'total'> & { rows: Array<ResolversParentTypes['ContactsReportRow']>, total: ResolversParentTypes['ContactsReportRow'] };
  ContactsReportRow: ContactsReportRowMapper;
  Contract: ContractMapper;
  ContractConnection: ContractConnectionMapper;
  ContractEdge: Omit<ContractEdge, 'node'> & { node: ResolversParentTypes['Contract'] };
  ContractFilter: ContractFilter;
  ContractLine: ContractLineMapper;
  ContractLineInput: ContractLineInput;
  ContractPayload: Omit<ContractPayload, 'contract' | 'userErrors'> & { contract?: Maybe<ResolversParentTypes['Contract']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ContractTemplate: ContractTemplateMapper;
  ContractTemplatePayload: Omit<ContractTemplatePayload, 'contractTemplate' | 'userErrors'> & { contractTemplate?: Maybe<ResolversParentTypes['ContractTemplate']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ConvertContactCardInput: ConvertContactCardInput;
  ConvertContactCardPayload: Omit<ConvertContactCardPayload, 'contactCard' | 'counterparty' | 'userErrors'> & { contactCard?: Maybe<ResolversParentTypes['ContactCard']>, counterparty?: Maybe<ResolversParentTypes['Counterparty']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Counterparty: CounterpartyMapper;
  CounterpartyConnection: CounterpartyConnectionMapper;
  CounterpartyContactListConnection: CounterpartyContactListConnectionMapper;
  CounterpartyContactListEdge: Omit<CounterpartyContactListEdge, 'node'> & { node: ResolversParentTypes['CounterpartyContactListEntry'] };
  CounterpartyContactListEntry: CounterpartyContactListEntryMapper;
  CounterpartyContactListPerson: CounterpartyContactListPersonMapper;
  CounterpartyEdge: Omit<CounterpartyEdge, 'node'> & { node: ResolversParentTypes['Counterparty'] };
  CounterpartyFilter: CounterpartyFilter;
  CounterpartyGroup: CounterpartyGroupMapper;
  CounterpartyGroupPayload: Omit<CounterpartyGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversParentTypes['CounterpartyGroup']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CounterpartyImportRow: CounterpartyImportRow;
  CounterpartyObject: CounterpartyObjectMapper;
  CounterpartyObjectPayload: Omit<CounterpartyObjectPayload, 'object' | 'userErrors'> & { object?: Maybe<ResolversParentTypes['CounterpartyObject']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CounterpartyOrder: CounterpartyOrder;
  CounterpartyPayload: Omit<CounterpartyPayload, 'counterparty' | 'userErrors'> & { counterparty?: Maybe<ResolversParentTypes['Counterparty']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CountryCode: Scalars['CountryCode']['output'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CreateAppealTypeInput: CreateAppealTypeInput;
  CreateAttachmentUploadUrlInput: CreateAttachmentUploadUrlInput;
  CreateCampaignGroupInput: CreateCampaignGroupInput;
  CreateCampaignInput: CreateCampaignInput;
  CreateChronicleEntryInput: CreateChronicleEntryInput;
  CreateClaimCauseInput: CreateClaimCauseInput;
  CreateContactCardGroupInput: CreateContactCardGroupInput;
  CreateContactCardInput: CreateContactCardInput;
  CreateContractInput: CreateContractInput;
  CreateContractTemplateInput: CreateContractTemplateInput;
  CreateCounterpartyGroupInput: CreateCounterpartyGroupInput;
  CreateCounterpartyInput: CreateCounterpartyInput;
  CreateCounterpartyObjectInput: CreateCounterpartyObjectInput;
  CreateDealInput: CreateDealInput;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateEmployeeInput: CreateEmployeeInput;
  CreateIndividualAgreementInput: CreateIndividualAgreementInput;
  CreateInformationSourceInput: CreateInformationSourceInput;
  CreateKnowledgeArticleInput: CreateKnowledgeArticleInput;
  CreateLostReasonInput: CreateLostReasonInput;
  CreateObligationInput: CreateObligationInput;
  CreateOrderInput: CreateOrderInput;
  CreateParameterDefinitionInput: CreateParameterDefinitionInput;
  CreatePartnerApiKeyInput: CreatePartnerApiKeyInput;
  CreatePartnerApiKeyPayload: Omit<CreatePartnerApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, userErrors: Array<ResolversParentTypes['UserError']> };
  CreatePersonInput: CreatePersonInput;
  CreatePriceTypeInput: CreatePriceTypeInput;
  CreateProductGroupInput: CreateProductGroupInput;
  CreateProductInput: CreateProductInput;
  CreateServiceCardGroupInput: CreateServiceCardGroupInput;
  CreateServiceCardInput: CreateServiceCardInput;
  CreateTaskInput: CreateTaskInput;
  CreateTimeEntryInput: CreateTimeEntryInput;
  CreateTypicalAgreementInput: CreateTypicalAgreementInput;
  CreateWebhookInput: CreateWebhookInput;
  Currency: Scalars['Currency']['output'];
  CurrencyAmount: CurrencyAmount;
  DateTime: Scalars['DateTime']['output'];
  Deal: DealMapper;
  DealConnection: DealConnectionMapper;
  DealEdge: Omit<DealEdge, 'node'> & { node: ResolversParentTypes['Deal'] };
  DealFilter: DealFilter;
  DealImportRow: DealImportRow;
  DealMove: DealMoveMapper;
  DealPayload: Omit<DealPayload, 'deal' | 'userErrors'> & { deal?: Maybe<ResolversParentTypes['Deal']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Decimal: Scalars['Decimal']['output'];
  DeleteAppealTypeInput: DeleteAppealTypeInput;
  DeleteAppealTypePayload: Omit<DeleteAppealTypePayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteAttachmentInput: DeleteAttachmentInput;
  DeleteAttachmentPayload: Omit<DeleteAttachmentPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteCampaignGroupInput: DeleteCampaignGroupInput;
  DeleteCampaignGroupPayload: Omit<DeleteCampaignGroupPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteClaimCauseInput: DeleteClaimCauseInput;
  DeleteClaimCausePayload: Omit<DeleteClaimCausePayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteContactCardGroupInput: DeleteContactCardGroupInput;
  DeleteContactCardGroupPayload: Omit<DeleteContactCardGroupPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteCounterpartyGroupInput: DeleteCounterpartyGroupInput;
  DeleteCounterpartyGroupPayload: Omit<DeleteCounterpartyGroupPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteCounterpartyObjectInput: DeleteCounterpartyObjectInput;
  DeleteCounterpartyObjectPayload: Omit<DeleteCounterpartyObjectPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeletePriceInput: DeletePriceInput;
  DeletePricePayload: Omit<DeletePricePayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteProductGroupInput: DeleteProductGroupInput;
  DeleteProductGroupPayload: Omit<DeleteProductGroupPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteServiceCardGroupInput: DeleteServiceCardGroupInput;
  DeleteServiceCardGroupPayload: Omit<DeleteServiceCardGroupPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteTimeEntryInput: DeleteTimeEntryInput;
  DeleteTimeEntryPayload: Omit<DeleteTimeEntryPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  DeleteWebhookInput: DeleteWebhookInput;
  DeleteWebhookPayload: Omit<DeleteWebhookPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  Department: DepartmentMapper;
  DepartmentConnection: DepartmentConnectionMapper;
  DepartmentEdge: Omit<DepartmentEdge, 'node'> & { node: ResolversParentTypes['Department'] };
  DepartmentPayload: Omit<DepartmentPayload, 'department' | 'userErrors'> & { department?: Maybe<ResolversParentTypes['Department']>, userErrors: Array<ResolversParentTypes['UserError']> };
  DuplicateKey: DuplicateKey;
  Email: Email;
  EmailAddress: Scalars['EmailAddress']['output'];
  EmailInput: EmailInput;
  EmailMessage: EmailMessageMapper;
  Employee: EmployeeMapper;
  EmployeeConnection: EmployeeConnectionMapper;
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeeFilter: EmployeeFilter;
  EmployeePayload: Omit<EmployeePayload, 'employee' | 'userErrors'> & { employee?: Maybe<ResolversParentTypes['Employee']>, userErrors: Array<ResolversParentTypes['UserError']> };
  FieldChange: FieldChange;
  GenerateServiceScheduleInput: GenerateServiceScheduleInput;
  GroupDiscount: GroupDiscountMapper;
  GroupDiscountInput: GroupDiscountInput;
  HistoryEntry: HistoryEntryMapper;
  HistoryEntryConnection: HistoryEntryConnectionMapper;
  HistoryEntryEdge: Omit<HistoryEntryEdge, 'node'> & { node: ResolversParentTypes['HistoryEntry'] };
  ImportAppealsInput: ImportAppealsInput;
  ImportCampaignParticipantsInput: ImportCampaignParticipantsInput;
  ImportCampaignsInput: ImportCampaignsInput;
  ImportChronicleEntriesInput: ImportChronicleEntriesInput;
  ImportClaimsInput: ImportClaimsInput;
  ImportContactCardsInput: ImportContactCardsInput;
  ImportCounterpartiesInput: ImportCounterpartiesInput;
  ImportDealsInput: ImportDealsInput;
  ImportObligationsInput: ImportObligationsInput;
  ImportPayload: Omit<ImportPayload, 'rows'> & { rows: Array<ResolversParentTypes['ImportRowResult']> };
  ImportPersonsInput: ImportPersonsInput;
  ImportPricesInput: ImportPricesInput;
  ImportProductsInput: ImportProductsInput;
  ImportRowResult: Omit<ImportRowResult, 'errors'> & { errors: Array<ResolversParentTypes['UserError']> };
  ImportServiceCardsInput: ImportServiceCardsInput;
  ImportTasksInput: ImportTasksInput;
  ImportVCardsInput: ImportVCardsInput;
  ImportantDate: ImportantDate;
  ImportantDateInput: ImportantDateInput;
  InformationSource: InformationSourceMapper;
  InformationSourceConnection: InformationSourceConnectionMapper;
  InformationSourceEdge: Omit<InformationSourceEdge, 'node'> & { node: ResolversParentTypes['InformationSource'] };
  InformationSourcePayload: Omit<InformationSourcePayload, 'informationSource' | 'userErrors'> & { informationSource?: Maybe<ResolversParentTypes['InformationSource']>, userErrors: Array<ResolversParentTypes['UserError']> };
  JSON: Scalars['JSON']['output'];
  KnowledgeArticle: KnowledgeArticleMapper;
  KnowledgeArticleConnection: KnowledgeArticleConnectionMapper;
  KnowledgeArticleEdge: Omit<KnowledgeArticleEdge, 'node'> & { node: ResolversParentTypes['KnowledgeArticle'] };
  KnowledgeArticleFilter: KnowledgeArticleFilter;
  KnowledgeArticlePayload: Omit<KnowledgeArticlePayload, 'article' | 'userErrors'> & { article?: Maybe<ResolversParentTypes['KnowledgeArticle']>, userErrors: Array<ResolversParentTypes['UserError']> };
  LinkDealOrderInput: LinkDealOrderInput;
  LocalDate: Scalars['LocalDate']['output'];
  LostReason: LostReasonMapper;
  LostReasonPayload: Omit<LostReasonPayload, 'lostReason' | 'userErrors'> & { lostReason?: Maybe<ResolversParentTypes['LostReason']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ManagerPerformanceRow: ManagerPerformanceRowMapper;
  MarkNotificationsReadInput: MarkNotificationsReadInput;
  MarkNotificationsReadPayload: Omit<MarkNotificationsReadPayload, 'notifications' | 'userErrors'> & { notifications: Array<ResolversParentTypes['Notification']>, userErrors: Array<ResolversParentTypes['UserError']> };
  MoveAppealTypeInput: MoveAppealTypeInput;
  MoveCampaignGroupInput: MoveCampaignGroupInput;
  MoveClaimCauseInput: MoveClaimCauseInput;
  MoveContactCardGroupInput: MoveContactCardGroupInput;
  MoveCounterpartyGroupInput: MoveCounterpartyGroupInput;
  MoveDealInput: MoveDealInput;
  MoveProductGroupInput: MoveProductGroupInput;
  MoveServiceCardGroupInput: MoveServiceCardGroupInput;
  Mutation: Record<PropertyKey, never>;
  NewContactCardPersonInput: NewContactCardPersonInput;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Notification: NotificationMapper;
  NotificationConnection: NotificationConnectionMapper;
  NotificationEdge: Omit<NotificationEdge, 'node'> & { node: ResolversParentTypes['Notification'] };
  Obligation: ObligationMapper;
  ObligationConnection: ObligationConnectionMapper;
  ObligationEdge: Omit<ObligationEdge, 'node'> & { node: ResolversParentTypes['Obligation'] };
  ObligationFilter: ObligationFilter;
  ObligationFulfilment: ObligationFulfilmentMapper;
  ObligationImportRow: ObligationImportRow;
  ObligationPayload: Omit<ObligationPayload, 'obligation' | 'userErrors'> & { obligation?: Maybe<ResolversParentTypes['Obligation']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ObligationsFilter: ObligationsFilter;
  Order: OrderMapper;
  OrderAnalysis: Omit<OrderAnalysis, 'lines' | 'obligations'> & { lines: Array<ResolversParentTypes['OrderAnalysisLine']>, obligations: Array<ResolversParentTypes['OrderAnalysisObligation']> };
  OrderAnalysisLine: OrderAnalysisLine;
  OrderAnalysisMovement: OrderAnalysisMovement;
  OrderAnalysisObligation: OrderAnalysisObligation;
  OrderAnalysisSettlements: OrderAnalysisSettlements;
  OrderConnection: OrderConnectionMapper;
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderLine: OrderLineMapper;
  OrderLineInput: OrderLineInput;
  OrderPayload: Omit<OrderPayload, 'order' | 'userErrors'> & { order?: Maybe<ResolversParentTypes['Order']>, userErrors: Array<ResolversParentTypes['UserError']> };
  PageInfo: PageInfo;
  ParameterDefinition: ParameterDefinitionMapper;
  ParameterDefinitionPayload: Omit<ParameterDefinitionPayload, 'parameterDefinition' | 'userErrors'> & { parameterDefinition?: Maybe<ResolversParentTypes['ParameterDefinition']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ParameterValue: ParameterValueMapper;
  ParameterValueInput: ParameterValueInput;
  PartnerSalesActivityRow: PartnerSalesActivityRowMapper;
  Payment: PaymentMapper;
  PaymentPayload: Omit<PaymentPayload, 'payment' | 'userErrors'> & { payment?: Maybe<ResolversParentTypes['Payment']>, userErrors: Array<ResolversParentTypes['UserError']> };
  PaymentStage: PaymentStageMapper;
  PaymentStageInput: PaymentStageInput;
  Person: PersonMapper;
  PersonConnection: PersonConnectionMapper;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonImportRow: PersonImportRow;
  PersonPayload: Omit<PersonPayload, 'person' | 'userErrors'> & { person?: Maybe<ResolversParentTypes['Person']>, userErrors: Array<ResolversParentTypes['UserError']> };
  PersonPosition: PersonPositionMapper;
  PersonPositionImportRow: PersonPositionImportRow;
  PersonPositionInput: PersonPositionInput;
  Phone: Phone;
  PhoneInput: PhoneInput;
  PostContractInput: PostContractInput;
  PostOrderInput: PostOrderInput;
  Price: PriceMapper;
  PriceImportRow: PriceImportRow;
  PricePayload: Omit<PricePayload, 'price' | 'userErrors'> & { price?: Maybe<ResolversParentTypes['Price']>, userErrors: Array<ResolversParentTypes['UserError']> };
  PriceType: PriceTypeMapper;
  PriceTypePayload: Omit<PriceTypePayload, 'priceType' | 'userErrors'> & { priceType?: Maybe<ResolversParentTypes['PriceType']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Product: ProductMapper;
  ProductConnection: ProductConnectionMapper;
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductGroup: ProductGroupMapper;
  ProductGroupPayload: Omit<ProductGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversParentTypes['ProductGroup']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ProductImportRow: ProductImportRow;
  ProductOrder: ProductOrder;
  ProductPayload: Omit<ProductPayload, 'product' | 'userErrors'> & { product?: Maybe<ResolversParentTypes['Product']>, userErrors: Array<ResolversParentTypes['UserError']> };
  Query: Record<PropertyKey, never>;
  RecordAppealWorkInput: RecordAppealWorkInput;
  RecordHistoryFilter: RecordHistoryFilter;
  RecordObligationFulfilmentInput: RecordObligationFulfilmentInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordServiceVisitInput: RecordServiceVisitInput;
  RecordShipmentInput: RecordShipmentInput;
  RegisterAppealInput: RegisterAppealInput;
  RegisterCallInput: RegisterCallInput;
  RegisterCallPayload: Omit<RegisterCallPayload, 'chronicleEntry' | 'contactCard' | 'userErrors'> & { chronicleEntry?: Maybe<ResolversParentTypes['ChronicleEntry']>, contactCard?: Maybe<ResolversParentTypes['ContactCard']>, userErrors: Array<ResolversParentTypes['UserError']> };
  RegisterClaimInput: RegisterClaimInput;
  RemoveCampaignExpenseInput: RemoveCampaignExpenseInput;
  RemoveCampaignMaterialInput: RemoveCampaignMaterialInput;
  RemoveCampaignParticipantInput: RemoveCampaignParticipantInput;
  RemoveCampaignRecordPayload: Omit<RemoveCampaignRecordPayload, 'userErrors'> & { userErrors: Array<ResolversParentTypes['UserError']> };
  RemoveCampaignRevenueInput: RemoveCampaignRevenueInput;
  RemoveContactCardPersonInput: RemoveContactCardPersonInput;
  RemoveCounterpartyCompetitorInput: RemoveCounterpartyCompetitorInput;
  RemoveProductRelationInput: RemoveProductRelationInput;
  RenameAppealTypeInput: RenameAppealTypeInput;
  RenameCampaignGroupInput: RenameCampaignGroupInput;
  RenameClaimCauseInput: RenameClaimCauseInput;
  RenameContactCardGroupInput: RenameContactCardGroupInput;
  RenameCounterpartyGroupInput: RenameCounterpartyGroupInput;
  RenameProductGroupInput: RenameProductGroupInput;
  RenameServiceCardGroupInput: RenameServiceCardGroupInput;
  ReopenClaimInput: ReopenClaimInput;
  ReopenDealInput: ReopenDealInput;
  ReopenTaskInput: ReopenTaskInput;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey' | 'userErrors'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']>, userErrors: Array<ResolversParentTypes['UserError']> };
  RotateWebhookSecretInput: RotateWebhookSecretInput;
  SalesAfterCampaign: SalesAfterCampaignMapper;
  SalesComparison: SalesComparison;
  SalesFunnel: SalesFunnelMapper;
  SalesFunnelColumn: SalesFunnelColumnMapper;
  SalesFunnelResult: SalesFunnelResultMapper;
  SalesFunnelStage: SalesFunnelStageMapper;
  SendEmailInput: SendEmailInput;
  SendEmailPayload: Omit<SendEmailPayload, 'chronicleEntry' | 'userErrors'> & { chronicleEntry?: Maybe<ResolversParentTypes['ChronicleEntry']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ServiceCard: ServiceCardMapper;
  ServiceCardConnection: ServiceCardConnectionMapper;
  ServiceCardEdge: Omit<ServiceCardEdge, 'node'> & { node: ResolversParentTypes['ServiceCard'] };
  ServiceCardFilter: ServiceCardFilter;
  ServiceCardGroup: ServiceCardGroupMapper;
  ServiceCardGroupPayload: Omit<ServiceCardGroupPayload, 'group' | 'userErrors'> & { group?: Maybe<ResolversParentTypes['ServiceCardGroup']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ServiceCardImportRow: ServiceCardImportRow;
  ServiceCardPayload: Omit<ServiceCardPayload, 'serviceCard' | 'userErrors'> & { serviceCard?: Maybe<ResolversParentTypes['ServiceCard']>, userErrors: Array<ResolversParentTypes['UserError']> };
  ServiceVisit: ServiceVisitMapper;
  ServiceVisitPayload: Omit<ServiceVisitPayload, 'serviceVisit' | 'userErrors'> & { serviceVisit?: Maybe<ResolversParentTypes['ServiceVisit']>, userErrors: Array<ResolversParentTypes['UserError']> };
  SetCounterpartyCompetitorInput: SetCounterpartyCompetitorInput;
  SetCounterpartyParametersInput: SetCounterpartyParametersInput;
  SetPriceInput: SetPriceInput;
  SetProductRelationInput: SetProductRelationInput;
  SetServiceVisitReminderInput: SetServiceVisitReminderInput;
  SettlementEvent: SettlementEventMapper;
  Settlements: SettlementsMapper;
  Shipment: ShipmentMapper;
  ShipmentLine: ShipmentLineMapper;
  ShipmentLineInput: ShipmentLineInput;
  ShipmentPayload: Omit<ShipmentPayload, 'shipment' | 'userErrors'> & { shipment?: Maybe<ResolversParentTypes['Shipment']>, userErrors: Array<ResolversParentTypes['UserError']> };
  SourceAnalysisFilter: SourceAnalysisFilter;
  SourceAnalysisRow: SourceAnalysisRowMapper;
  SourceAnalysisSales: SourceAnalysisSales;
  SourceEffectivenessRow: SourceEffectivenessRowMapper;
  Subscription: Record<PropertyKey, never>;
  Task: TaskMapper;
  TaskConnection: TaskConnectionMapper;
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  TaskImportRow: TaskImportRow;
  TaskPayload: Omit<TaskPayload, 'task' | 'userErrors'> & { task?: Maybe<ResolversParentTypes['Task']>, userErrors: Array<ResolversParentTypes['UserError']> };
  TimeEntry: TimeEntryMapper;
  TimeEntryConnection: TimeEntryConnectionMapper;
  TimeEntryEdge: Omit<TimeEntryEdge, 'node'> & { node: ResolversParentTypes['TimeEntry'] };
  TimeEntryFilter: TimeEntryFilter;
  TimeEntryPayload: Omit<TimeEntryPayload, 'timeEntry' | 'userErrors'> & { timeEntry?: Maybe<ResolversParentTypes['TimeEntry']>, userErrors: Array<ResolversParentTypes['UserError']> };
  URL: Scalars['URL']['output'];
  UnlinkDealOrderInput: UnlinkDealOrderInput;
  UpdateAgreementInput: UpdateAgreementInput;
  UpdateAppealInput: UpdateAppealInput;
  UpdateCampaignExpenseInput: UpdateCampaignExpenseInput;
  UpdateCampaignInput: UpdateCampaignInput;
  UpdateCampaignMaterialInput: UpdateCampaignMaterialInput;
  UpdateCampaignParticipantInput: UpdateCampaignParticipantInput;
  UpdateCampaignRevenueInput: UpdateCampaignRevenueInput;
  UpdateChronicleEntryInput: UpdateChronicleEntryInput;
  UpdateClaimInput: UpdateClaimInput;
  UpdateContactCardInput: UpdateContactCardInput;
  UpdateContractInput: UpdateContractInput;
  UpdateContractTemplateInput: UpdateContractTemplateInput;
  UpdateCounterpartyInput: UpdateCounterpartyInput;
  UpdateCounterpartyObjectInput: UpdateCounterpartyObjectInput;
  UpdateDealInput: UpdateDealInput;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UpdateInformationSourceInput: UpdateInformationSourceInput;
  UpdateKnowledgeArticleInput: UpdateKnowledgeArticleInput;
  UpdateLostReasonInput: UpdateLostReasonInput;
  UpdateObligationInput: UpdateObligationInput;
  UpdateOrderInput: UpdateOrderInput;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePriceTypeInput: UpdatePriceTypeInput;
  UpdateProductInput: UpdateProductInput;
  UpdateServiceCardInput: UpdateServiceCardInput;
  UpdateTaskInput: UpdateTaskInput;
  UpdateTimeEntryInput: UpdateTimeEntryInput;
  UpdateWebhookInput: UpdateWebhookInput;
  Upload: Scalars['Upload']['output'];
  UploadAttachmentInput: UploadAttachmentInput;
  UserError: UserError;
  Viewer: ViewerMapper;
  Webhook: WebhookMapper;
  WebhookConnection: WebhookConnectionMapper;
  WebhookDelivery: WebhookDeliveryMapper;
  WebhookDeliveryConnection: WebhookDeliveryConnectionMapper;
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEdge: Omit<WebhookEdge, 'node'> & { node: ResolversParentTypes['Webhook'] };
  WebhookPayload: Omit<WebhookPayload, 'userErrors' | 'webhook'> & { userErrors: Array<ResolversParentTypes['UserError']>, webhook?: Maybe<ResolversParentTypes['Webhook']> };
  WebhookSecretPayload: Omit<WebhookSecretPayload, 'userErrors' | 'webhook'> & { userErrors: Array<ResolversParentTypes['UserError']>, webhook?: Maybe<ResolversParentTypes['Webhook']> };
  WorkHistory: WorkHistoryMapper;
  WorkHistoryClaims: WorkHistoryClaims;
  WorkHistoryPeriod: Omit<WorkHistoryPeriod, 'claimsByStatus'> & { claimsByStatus: Array<ResolversParentTypes['WorkHistoryClaims']> };
  WorkMode: WorkMode;
  WorkModeInput: WorkModeInput;
  WorkTimeSummaryRow: WorkTimeSummaryRowMapper;
};

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
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

export type AgreementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Agreement'] = ResolversParentTypes['Agreement']> = {
  baseAgreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<AgreementhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  individualAgreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  inheritedTerms?: Resolver<Array<ResolversTypes['AgreementTermName']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AgreementKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownTerms?: Resolver<ResolversTypes['AgreementTerms'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AgreementStatus'], ParentType, ContextType>;
  terms?: Resolver<ResolversTypes['AgreementTerms'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  usable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<AgreementusableArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementConnection'] = ResolversParentTypes['AgreementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AgreementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AgreementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementEdge'] = ResolversParentTypes['AgreementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Agreement'], ParentType, ContextType>;
};

export type AgreementKindResolvers = EnumResolverSignature<{ INDIVIDUAL?: any, TYPICAL?: any }, ResolversTypes['AgreementKind']>;

export type AgreementPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementPayload'] = ResolversParentTypes['AgreementPayload']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AgreementStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CLOSED?: any, DRAFT?: any }, ResolversTypes['AgreementStatus']>;

export type AgreementTermNameResolvers = EnumResolverSignature<{ CONTRACTS_REQUIRED?: any, CURRENCY?: any, DELIVERY_DAYS?: any, DISCOUNT_PERCENT?: any, PAYMENT_METHOD?: any, PAYMENT_SCHEDULE?: any, PRICE_TYPE?: any, VALID_FROM?: any, VALID_TO?: any }, ResolversTypes['AgreementTermName']>;

export type AgreementTermsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AgreementTerms'] = ResolversParentTypes['AgreementTerms']> = {
  contractsRequired?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  deliveryDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  discountPercent?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  groupDiscounts?: Resolver<Array<ResolversTypes['GroupDiscount']>, ParentType, ContextType>;
  paymentMethod?: Resolver<Maybe<ResolversTypes['PaymentMethod']>, ParentType, ContextType>;
  paymentSchedule?: Resolver<Maybe<Array<ResolversTypes['PaymentStage']>>, ParentType, ContextType>;
  priceType?: Resolver<Maybe<ResolversTypes['PriceType']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
};

export type ApiKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = {
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ApiKeyRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiKeyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiKeyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
};

export type ApiKeyRoleResolvers = EnumResolverSignature<{ ADMIN?: any, MANAGER?: any, PARTNER?: any, VIEWER?: any }, ResolversTypes['ApiKeyRole']>;

export type AppealResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Appeal'] = ResolversParentTypes['Appeal']> = {
  actions?: Resolver<Array<ResolversTypes['AppealAction']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['KnowledgeArticle']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  callerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  callerPhone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<AppealhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  registeredVia?: Resolver<ResolversTypes['RegisteredVia'], ParentType, ContextType>;
  remindAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responsibleEmployee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AppealStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<Maybe<ResolversTypes['AppealType']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppealActionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealAction'] = ResolversParentTypes['AppealAction']> = {
  assignedDepartment?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  assignedEmployee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['AppealStatus']>, ParentType, ContextType>;
  happenedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AppealActionKind'], ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  toStatus?: Resolver<Maybe<ResolversTypes['AppealStatus']>, ParentType, ContextType>;
  visibleToClient?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type AppealActionKindResolvers = EnumResolverSignature<{ ASSIGNED?: any, COMMENT?: any, REGISTERED?: any, STATUS_CHANGED?: any, WORK?: any }, ResolversTypes['AppealActionKind']>;

export type AppealChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealChange'] = ResolversParentTypes['AppealChange']> = {
  appeal?: Resolver<Maybe<ResolversTypes['Appeal']>, ParentType, ContextType>;
  appealId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
};

export type AppealConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealConnection'] = ResolversParentTypes['AppealConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AppealEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AppealEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealEdge'] = ResolversParentTypes['AppealEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Appeal'], ParentType, ContextType>;
};

export type AppealPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealPayload'] = ResolversParentTypes['AppealPayload']> = {
  appeal?: Resolver<Maybe<ResolversTypes['Appeal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AppealStatusResolvers = EnumResolverSignature<{ CLOSED?: any, IN_PROGRESS?: any, NEW?: any, REJECTED?: any, RESOLVED?: any, WAITING_FOR_CLIENT?: any }, ResolversTypes['AppealStatus']>;

export type AppealTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealType'] = ResolversParentTypes['AppealType']> = {
  children?: Resolver<Array<ResolversTypes['AppealType']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['AppealType']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppealTypePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealTypePayload'] = ResolversParentTypes['AppealTypePayload']> = {
  group?: Resolver<Maybe<ResolversTypes['AppealType']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AppealWorkPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AppealWorkPayload'] = ResolversParentTypes['AppealWorkPayload']> = {
  action?: Resolver<Maybe<ResolversTypes['AppealAction']>, ParentType, ContextType>;
  appeal?: Resolver<Maybe<ResolversTypes['Appeal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AttachmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Attachment'] = ResolversParentTypes['Attachment']> = {
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declaredContentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detectedContentType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttachmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentPayload'] = ResolversParentTypes['AttachmentPayload']> = {
  attachment?: Resolver<Maybe<ResolversTypes['Attachment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AttachmentUploadUrlPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AttachmentUploadUrlPayload'] = ResolversParentTypes['AttachmentUploadUrlPayload']> = {
  attachmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  uploadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AuditedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Audited'] = ResolversParentTypes['Audited']> = {
  __resolveType?: TypeResolveFn<'Agreement' | 'Appeal' | 'Campaign' | 'Claim' | 'ContactCard' | 'Contract' | 'Counterparty' | 'Deal' | 'Obligation' | 'Order' | 'Payment' | 'Person' | 'Product' | 'ServiceCard' | 'Shipment' | 'Task', ParentType, ContextType>;
};

export type BankAccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BankAccount'] = ResolversParentTypes['BankAccount']> = {
  accountNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bankName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CalendarConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarConnection'] = ResolversParentTypes['CalendarConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CalendarEdge']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  today?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CalendarEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEdge'] = ResolversParentTypes['CalendarEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CalendarEvent'], ParentType, ContextType>;
};

export type CalendarEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CalendarEvent'] = ResolversParentTypes['CalendarEvent']> = {
  allDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  appeal?: Resolver<Maybe<ResolversTypes['Appeal']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['ChronicleEntry']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CalendarEventKind'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  serviceVisit?: Resolver<Maybe<ResolversTypes['ServiceVisit']>, ParentType, ContextType>;
  settlements?: Resolver<Maybe<ResolversTypes['Settlements']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CalendarEventState'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CalendarEventKindResolvers = EnumResolverSignature<{ APPEAL?: any, CLAIM?: any, CONTACT?: any, PAYMENT?: any, SERVICE_VISIT?: any, SHIPMENT?: any, TASK?: any }, ResolversTypes['CalendarEventKind']>;

export type CalendarEventStateResolvers = EnumResolverSignature<{ OVERDUE?: any, TODAY?: any, UPCOMING?: any }, ResolversTypes['CalendarEventState']>;

export type CallLogRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CallLogRow'] = ResolversParentTypes['CallLogRow']> = {
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  informationSource?: Resolver<Maybe<ResolversTypes['InformationSource']>, ParentType, ContextType>;
};

export type CampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign']> = {
  budget?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  expenses?: Resolver<ResolversTypes['CampaignExpenseConnection'], ParentType, ContextType, Partial<CampaignexpensesArgs>>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['CampaignGroup']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<CampaignhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationSource?: Resolver<ResolversTypes['InformationSource'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CampaignKind'], ParentType, ContextType>;
  materials?: Resolver<ResolversTypes['CampaignMaterialConnection'], ParentType, ContextType, Partial<CampaignmaterialsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['CampaignParticipantConnection'], ParentType, ContextType, Partial<CampaignparticipantsArgs>>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  profit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  responsibleEmployee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  revenues?: Resolver<ResolversTypes['CampaignRevenueConnection'], ParentType, ContextType, Partial<CampaignrevenuesArgs>>;
  roi?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CampaignStatus'], ParentType, ContextType>;
  totalCost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalRevenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CampaignConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignConnection'] = ResolversParentTypes['CampaignConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignEdge'] = ResolversParentTypes['CampaignEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
};

export type CampaignEffectivenessRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignEffectivenessRow'] = ResolversParentTypes['CampaignEffectivenessRow']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  dealsWon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newClients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newContactCards?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  profit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  revenue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type CampaignExpenseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignExpense'] = ResolversParentTypes['CampaignExpense']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CampaignExpenseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignExpenseConnection'] = ResolversParentTypes['CampaignExpenseConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignExpenseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignExpenseEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignExpenseEdge'] = ResolversParentTypes['CampaignExpenseEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignExpense'], ParentType, ContextType>;
};

export type CampaignExpensePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignExpensePayload'] = ResolversParentTypes['CampaignExpensePayload']> = {
  expense?: Resolver<Maybe<ResolversTypes['CampaignExpense']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignGroup'] = ResolversParentTypes['CampaignGroup']> = {
  children?: Resolver<Array<ResolversTypes['CampaignGroup']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['CampaignGroup']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CampaignGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignGroupPayload'] = ResolversParentTypes['CampaignGroupPayload']> = {
  group?: Resolver<Maybe<ResolversTypes['CampaignGroup']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignKindResolvers = EnumResolverSignature<{ ADVERTISING?: any, CALL_CAMPAIGN?: any, CONFERENCE?: any, EXHIBITION?: any, MAILING?: any, OTHER?: any, PRESENTATION?: any, SEMINAR?: any }, ResolversTypes['CampaignKind']>;

export type CampaignMaterialResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignMaterial'] = ResolversParentTypes['CampaignMaterial']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CampaignMaterialConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignMaterialConnection'] = ResolversParentTypes['CampaignMaterialConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignMaterialEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignMaterialEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignMaterialEdge'] = ResolversParentTypes['CampaignMaterialEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignMaterial'], ParentType, ContextType>;
};

export type CampaignMaterialPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignMaterialPayload'] = ResolversParentTypes['CampaignMaterialPayload']> = {
  material?: Resolver<Maybe<ResolversTypes['CampaignMaterial']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignParticipantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignParticipant'] = ResolversParentTypes['CampaignParticipant']> = {
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CampaignParticipantConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignParticipantConnection'] = ResolversParentTypes['CampaignParticipantConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignParticipantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignParticipantEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignParticipantEdge'] = ResolversParentTypes['CampaignParticipantEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignParticipant'], ParentType, ContextType>;
};

export type CampaignParticipantPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignParticipantPayload'] = ResolversParentTypes['CampaignParticipantPayload']> = {
  participant?: Resolver<Maybe<ResolversTypes['CampaignParticipant']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignPayload'] = ResolversParentTypes['CampaignPayload']> = {
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignRevenueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignRevenue'] = ResolversParentTypes['CampaignRevenue']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CampaignRevenueConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignRevenueConnection'] = ResolversParentTypes['CampaignRevenueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CampaignRevenueEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CampaignRevenueEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignRevenueEdge'] = ResolversParentTypes['CampaignRevenueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CampaignRevenue'], ParentType, ContextType>;
};

export type CampaignRevenuePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CampaignRevenuePayload'] = ResolversParentTypes['CampaignRevenuePayload']> = {
  revenue?: Resolver<Maybe<ResolversTypes['CampaignRevenue']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CampaignStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, FINISHED?: any, PLANNED?: any, RUNNING?: any }, ResolversTypes['CampaignStatus']>;

export type ChangeKindResolvers = EnumResolverSignature<{ ASSIGNED?: any, COMMENTED?: any, CREATED?: any, STATUS_CHANGED?: any, TASK_CHANGED?: any, UPDATED?: any, WORK_RECORDED?: any }, ResolversTypes['ChangeKind']>;

export type ChangeTopicResolvers = EnumResolverSignature<{ APPEAL?: any, CHRONICLE?: any, CLAIM?: any }, ResolversTypes['ChangeTopic']>;

export type ChronicleEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChronicleEntry'] = ResolversParentTypes['ChronicleEntry']> = {
  channel?: Resolver<Maybe<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['ContactDirection']>, ParentType, ContextType>;
  durationMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['EmailMessage']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  happenedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  informationSource?: Resolver<Maybe<ResolversTypes['InformationSource']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChronicleKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  plannedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  remindAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  responsibleEmployee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceVisit?: Resolver<Maybe<ResolversTypes['ServiceVisit']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChronicleStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visibleToClient?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChronicleEntryChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChronicleEntryChange'] = ResolversParentTypes['ChronicleEntryChange']> = {
  entry?: Resolver<Maybe<ResolversTypes['ChronicleEntry']>, ParentType, ContextType>;
  entryId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
};

export type ChronicleEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChronicleEntryConnection'] = ResolversParentTypes['ChronicleEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChronicleEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChronicleEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChronicleEntryEdge'] = ResolversParentTypes['ChronicleEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChronicleEntry'], ParentType, ContextType>;
};

export type ChronicleEntryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChronicleEntryPayload'] = ResolversParentTypes['ChronicleEntryPayload']> = {
  chronicleEntry?: Resolver<Maybe<ResolversTypes['ChronicleEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ChronicleKindResolvers = EnumResolverSignature<{ CALL?: any, CONTACT?: any, EMAIL?: any, EVENT?: any, LETTER?: any, MEETING?: any, NOTE?: any, SPECIAL_EVENT?: any, TASK?: any, VISIT?: any }, ResolversTypes['ChronicleKind']>;

export type ChronicleStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, DONE?: any, PLANNED?: any }, ResolversTypes['ChronicleStatus']>;

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  amountClaimed?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  amountGranted?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  cause?: Resolver<Maybe<ResolversTypes['ClaimCause']>, ParentType, ContextType>;
  chronicle?: Resolver<ResolversTypes['ChronicleEntryConnection'], ParentType, ContextType, Partial<ClaimchronicleArgs>>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  demand?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departmentAtFault?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  employeeAtFault?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  essence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<ClaimhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedTasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  registeredVia?: Resolver<ResolversTypes['RegisteredVia'], ParentType, ContextType>;
  responsibleEmployee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimAmountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimAmounts'] = ResolversParentTypes['ClaimAmounts']> = {
  claimed?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ClaimCauseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimCause'] = ResolversParentTypes['ClaimCause']> = {
  children?: Resolver<Array<ResolversTypes['ClaimCause']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ClaimCause']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ClaimCausePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimCausePayload'] = ResolversParentTypes['ClaimCausePayload']> = {
  group?: Resolver<Maybe<ResolversTypes['ClaimCause']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClaimChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimChange'] = ResolversParentTypes['ClaimChange']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  claimId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimDynamicsRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimDynamicsRow'] = ResolversParentTypes['ClaimDynamicsRow']> = {
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departmentAtFault?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  openAtEnd?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimPayload'] = ResolversParentTypes['ClaimPayload']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ClaimSatisfactionRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimSatisfactionRow'] = ResolversParentTypes['ClaimSatisfactionRow']> = {
  cause?: Resolver<Maybe<ResolversTypes['ClaimCause']>, ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partlySatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partlySatisfiedPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfiedPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawnPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ClaimStatusResolvers = EnumResolverSignature<{ INVESTIGATING?: any, PARTLY_SATISFIED?: any, REGISTERED?: any, REJECTED?: any, SATISFIED?: any, WITHDRAWN?: any }, ResolversTypes['ClaimStatus']>;

export type ClaimStructureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimStructure'] = ResolversParentTypes['ClaimStructure']> = {
  byCause?: Resolver<Array<ResolversTypes['ClaimStructureRow']>, ParentType, ContextType>;
  byDepartment?: Resolver<Array<ResolversTypes['ClaimStructureRow']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimStructureRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimStructureRow'] = ResolversParentTypes['ClaimStructureRow']> = {
  amounts?: Resolver<Array<ResolversTypes['ClaimAmounts']>, ParentType, ContextType>;
  cause?: Resolver<Maybe<ResolversTypes['ClaimCause']>, ParentType, ContextType>;
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  departmentAtFault?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimSummary'] = ResolversParentTypes['ClaimSummary']> = {
  amounts?: Resolver<Array<ResolversTypes['ClaimAmounts']>, ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partlySatisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  satisfied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawn?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CompanySizeResolvers = EnumResolverSignature<{ LARGE?: any, MEDIUM?: any, MICRO?: any, SMALL?: any }, ResolversTypes['CompanySize']>;

export type CompetitorShareResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CompetitorShare'] = ResolversParentTypes['CompetitorShare']> = {
  competitor?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purchaseShare?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
};

export type ContactCardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactCard'] = ResolversParentTypes['ContactCard']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  chronicle?: Resolver<ResolversTypes['ChronicleEntryConnection'], ParentType, ContextType, Partial<ContactCardchronicleArgs>>;
  companyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  convertedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  convertedCounterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType>;
  duplicates?: Resolver<Array<ResolversTypes['ContactCardDuplicate']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['Email']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['ContactCardGroup']>, ParentType, ContextType>;
  hasDuplicates?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<ContactCardhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationSource?: Resolver<Maybe<ResolversTypes['InformationSource']>, ParentType, ContextType>;
  interest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  persons?: Resolver<Array<ResolversTypes['ContactCardPerson']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  responsibleEmployee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  taxNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContactCardConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactCardConnection'] = ResolversParentTypes['ContactCardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContactCardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContactCardDuplicateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactCardDuplicate'] = ResolversParentTypes['ContactCardDuplicate']> = {
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['DuplicateKey']>, ParentType, ContextType>;
};

export type ContactCardEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactCardEdge'] = ResolversParentTypes['ContactCardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ContactCard'], ParentType, ContextType>;
};

export type ContactCardGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactCardGroup'] = ResolversParentTypes['ContactCardGroup']> = {
  children?: Resolver<Array<ResolversTypes['ContactCardGroup']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ContactCardGroup']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContactCardGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactCardGroupPayload'] = ResolversParentTypes['ContactCardGroupPayload']> = {
  group?: Resolver<Maybe<ResolversTypes['ContactCardGroup']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ContactCardPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactCardPayload'] = ResolversParentTypes['ContactCardPayload']> = {
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ContactCardPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactCardPerson'] = ResolversParentTypes['ContactCardPerson']> = {
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactChannelResolvers = EnumResolverSignature<{ EMAIL?: any, LETTER?: any, MEETING?: any, MESSENGER?: any, OTHER?: any, PHONE?: any, VISIT?: any }, ResolversTypes['ContactChannel']>;

export type ContactDirectionResolvers = EnumResolverSignature<{ INCOMING?: any, OUTGOING?: any }, ResolversTypes['ContactDirection']>;

export type ContactKindResolvers = EnumResolverSignature<{ FAX?: any, HOME?: any, MOBILE?: any, OTHER?: any, WORK?: any }, ResolversTypes['ContactKind']>;

export type ContactsReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactsReport'] = ResolversParentTypes['ContactsReport']> = {
  groupBy?: Resolver<Array<ResolversTypes['ContactsReportGrouping']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ContactsReportRow']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ContactsReportRow'], ParentType, ContextType>;
};

export type ContactsReportGroupingResolvers = EnumResolverSignature<{ CHANNEL?: any, COUNTERPARTY?: any, DAY?: any, DIRECTION?: any, EMPLOYEE?: any, KIND?: any, MONTH?: any, WEEK?: any }, ResolversTypes['ContactsReportGrouping']>;

export type ContactsReportRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContactsReportRow'] = ResolversParentTypes['ContactsReportRow']> = {
  cancelled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['ContactDirection']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ChronicleKind']>, ParentType, ContextType>;
  minutesSpent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContractResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<ContracthistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ContractLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['Obligation']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContractStatus'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  template?: Resolver<Maybe<ResolversTypes['ContractTemplate']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContractConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContractConnection'] = ResolversParentTypes['ContractConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContractEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContractEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContractEdge'] = ResolversParentTypes['ContractEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contract'], ParentType, ContextType>;
};

export type ContractLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContractLine'] = ResolversParentTypes['ContractLine']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ContractPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContractPayload'] = ResolversParentTypes['ContractPayload']> = {
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ContractStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CANCELLED?: any, CLOSED?: any, DRAFT?: any }, ResolversTypes['ContractStatus']>;

export type ContractTemplateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContractTemplate'] = ResolversParentTypes['ContractTemplate']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContractTemplatePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ContractTemplatePayload'] = ResolversParentTypes['ContractTemplatePayload']> = {
  contractTemplate?: Resolver<Maybe<ResolversTypes['ContractTemplate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ConvertContactCardPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConvertContactCardPayload'] = ResolversParentTypes['ConvertContactCardPayload']> = {
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CounterpartyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Counterparty'] = ResolversParentTypes['Counterparty']> = {
  addresses?: Resolver<Array<ResolversTypes['Address']>, ParentType, ContextType>;
  agreements?: Resolver<Array<ResolversTypes['Agreement']>, ParentType, ContextType>;
  appeals?: Resolver<Array<ResolversTypes['Appeal']>, ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  bankAccounts?: Resolver<Array<ResolversTypes['BankAccount']>, ParentType, ContextType>;
  campaigns?: Resolver<Array<ResolversTypes['Campaign']>, ParentType, ContextType>;
  chronicle?: Resolver<ResolversTypes['ChronicleEntryConnection'], ParentType, ContextType, Partial<CounterpartychronicleArgs>>;
  claimSummary?: Resolver<ResolversTypes['ClaimSummary'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  competitors?: Resolver<Array<ResolversTypes['CompetitorShare']>, ParentType, ContextType>;
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  contactCards?: Resolver<Array<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['Email']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['CounterpartyGroup']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<CounterpartyhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  informationSource?: Resolver<Maybe<ResolversTypes['InformationSource']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CounterpartyKind'], ParentType, ContextType>;
  legalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  objects?: Resolver<Array<ResolversTypes['CounterpartyObject']>, ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['Obligation']>, ParentType, ContextType, Partial<CounterpartyobligationsArgs>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<CounterpartyordersArgs>>;
  parameters?: Resolver<Array<ResolversTypes['ParameterValue']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  persons?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<CounterpartypersonsArgs, 'includeFormer'>>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleEmployee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['CounterpartyRole']>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceCards?: Resolver<Array<ResolversTypes['ServiceCard']>, ParentType, ContextType>;
  settlements?: Resolver<ResolversTypes['Settlements'], ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['CompanySize']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  taxNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vcards?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<CounterpartyvcardsArgs, 'includeFormer'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  websites?: Resolver<Array<ResolversTypes['URL']>, ParentType, ContextType>;
  workHistory?: Resolver<ResolversTypes['WorkHistory'], ParentType, ContextType, RequireFields<CounterpartyworkHistoryArgs, 'bucket' | 'from' | 'to'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CounterpartyConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyConnection'] = ResolversParentTypes['CounterpartyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CounterpartyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CounterpartyContactListConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyContactListConnection'] = ResolversParentTypes['CounterpartyContactListConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CounterpartyContactListEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CounterpartyContactListEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyContactListEdge'] = ResolversParentTypes['CounterpartyContactListEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CounterpartyContactListEntry'], ParentType, ContextType>;
};

export type CounterpartyContactListEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyContactListEntry'] = ResolversParentTypes['CounterpartyContactListEntry']> = {
  addresses?: Resolver<Array<ResolversTypes['Address']>, ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['Email']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CounterpartyKind'], ParentType, ContextType>;
  legalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  persons?: Resolver<Array<ResolversTypes['CounterpartyContactListPerson']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  websites?: Resolver<Array<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type CounterpartyContactListPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyContactListPerson'] = ResolversParentTypes['CounterpartyContactListPerson']> = {
  emails?: Resolver<Array<ResolversTypes['Email']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  primary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type CounterpartyContactListPersonsResolvers = EnumResolverSignature<{ ALL?: any, NONE?: any, PRIMARY?: any }, ResolversTypes['CounterpartyContactListPersons']>;

export type CounterpartyEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyEdge'] = ResolversParentTypes['CounterpartyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
};

export type CounterpartyGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyGroup'] = ResolversParentTypes['CounterpartyGroup']> = {
  children?: Resolver<Array<ResolversTypes['CounterpartyGroup']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['CounterpartyGroup']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CounterpartyGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyGroupPayload'] = ResolversParentTypes['CounterpartyGroupPayload']> = {
  group?: Resolver<Maybe<ResolversTypes['CounterpartyGroup']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CounterpartyKindResolvers = EnumResolverSignature<{ INDIVIDUAL?: any, ORGANIZATION?: any }, ResolversTypes['CounterpartyKind']>;

export type CounterpartyObjectResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyObject'] = ResolversParentTypes['CounterpartyObject']> = {
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CounterpartyObjectPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyObjectPayload'] = ResolversParentTypes['CounterpartyObjectPayload']> = {
  object?: Resolver<Maybe<ResolversTypes['CounterpartyObject']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CounterpartyOrderFieldResolvers = EnumResolverSignature<{ CREATED_AT?: any, NAME?: any, UPDATED_AT?: any }, ResolversTypes['CounterpartyOrderField']>;

export type CounterpartyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CounterpartyPayload'] = ResolversParentTypes['CounterpartyPayload']> = {
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CounterpartyRoleResolvers = EnumResolverSignature<{ CLIENT?: any, COMPETITOR?: any, OTHER?: any, PARTNER?: any, PROSPECT?: any, SUPPLIER?: any }, ResolversTypes['CounterpartyRole']>;

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export type CreateApiKeyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreatePartnerApiKeyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreatePartnerApiKeyPayload'] = ResolversParentTypes['CreatePartnerApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export type CurrencyAmountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CurrencyAmount'] = ResolversParentTypes['CurrencyAmount']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DealResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal']> = {
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  assignedEmployee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  column?: Resolver<ResolversTypes['DealColumn'], ParentType, ContextType>;
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  expectedDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  followUpDue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<DealhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informationSource?: Resolver<Maybe<ResolversTypes['InformationSource']>, ParentType, ContextType>;
  lastMovedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['LostReason']>, ParentType, ContextType>;
  moves?: Resolver<Array<ResolversTypes['DealMove']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType>;
  remindAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['DealResult']>, ParentType, ContextType>;
  silentSince?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['DealStage'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DealColumnResolvers = EnumResolverSignature<{ CONTACT_1?: any, CONTACT_2?: any, CONTACT_3?: any, INTERESTED?: any, PROSPECT?: any, RESULT?: any }, ResolversTypes['DealColumn']>;

export type DealConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealConnection'] = ResolversParentTypes['DealConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DealEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DealEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealEdge'] = ResolversParentTypes['DealEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
};

export type DealMoveResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealMove'] = ResolversParentTypes['DealMove']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fromColumn?: Resolver<Maybe<ResolversTypes['DealColumn']>, ParentType, ContextType>;
  fromStage?: Resolver<Maybe<ResolversTypes['DealStage']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DealMoveKind'], ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['LostReason']>, ParentType, ContextType>;
  movedBy?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  movedByApiKeyNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['DealResult']>, ParentType, ContextType>;
  toColumn?: Resolver<ResolversTypes['DealColumn'], ParentType, ContextType>;
  toStage?: Resolver<ResolversTypes['DealStage'], ParentType, ContextType>;
};

export type DealMoveKindResolvers = EnumResolverSignature<{ COLUMN?: any, CREATED?: any, REOPENED?: any, STAGE?: any }, ResolversTypes['DealMoveKind']>;

export type DealPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DealPayload'] = ResolversParentTypes['DealPayload']> = {
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DealResultResolvers = EnumResolverSignature<{ LOST?: any, STILL_PROSPECT?: any, WON_CONTRACT?: any, WON_PURCHASE?: any }, ResolversTypes['DealResult']>;

export type DealStageResolvers = EnumResolverSignature<{ NEEDS?: any, NEGOTIATION?: any, OFFER?: any, ORDER?: any, RFQ?: any }, ResolversTypes['DealStage']>;

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeleteAppealTypePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteAppealTypePayload'] = ResolversParentTypes['DeleteAppealTypePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteAttachmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteAttachmentPayload'] = ResolversParentTypes['DeleteAttachmentPayload']> = {
  deletedAttachmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteCampaignGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteCampaignGroupPayload'] = ResolversParentTypes['DeleteCampaignGroupPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteClaimCausePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteClaimCausePayload'] = ResolversParentTypes['DeleteClaimCausePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteContactCardGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteContactCardGroupPayload'] = ResolversParentTypes['DeleteContactCardGroupPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteCounterpartyGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteCounterpartyGroupPayload'] = ResolversParentTypes['DeleteCounterpartyGroupPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteCounterpartyObjectPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteCounterpartyObjectPayload'] = ResolversParentTypes['DeleteCounterpartyObjectPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeletePricePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeletePricePayload'] = ResolversParentTypes['DeletePricePayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteProductGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteProductGroupPayload'] = ResolversParentTypes['DeleteProductGroupPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteServiceCardGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteServiceCardGroupPayload'] = ResolversParentTypes['DeleteServiceCardGroupPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteTimeEntryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteTimeEntryPayload'] = ResolversParentTypes['DeleteTimeEntryPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteWebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DeleteWebhookPayload'] = ResolversParentTypes['DeleteWebhookPayload']> = {
  deletedWebhookId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DepartmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DepartmentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentConnection'] = ResolversParentTypes['DepartmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DepartmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DepartmentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentEdge'] = ResolversParentTypes['DepartmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
};

export type DepartmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentPayload'] = ResolversParentTypes['DepartmentPayload']> = {
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DuplicateKeyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateKey'] = ResolversParentTypes['DuplicateKey']> = {
  kind?: Resolver<ResolversTypes['DuplicateKeyKind'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DuplicateKeyKindResolvers = EnumResolverSignature<{ EMAIL?: any, PHONE?: any, TAX_NUMBER?: any }, ResolversTypes['DuplicateKeyKind']>;

export type EmailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Email'] = ResolversParentTypes['Email']> = {
  address?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type EmailMessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmailMessage'] = ResolversParentTypes['EmailMessage']> = {
  attachments?: Resolver<Array<ResolversTypes['Attachment']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cc?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  html?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  messageId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  smtpResponse?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EmailStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmailStatusResolvers = EnumResolverSignature<{ FAILED?: any, QUEUED?: any, SENT?: any }, ResolversTypes['EmailStatus']>;

export type EmployeeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  emailNotifications?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EmployeeConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeConnection'] = ResolversParentTypes['EmployeeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EmployeeEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeeEdge'] = ResolversParentTypes['EmployeeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
};

export type EmployeePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EmployeePayload'] = ResolversParentTypes['EmployeePayload']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
};

export type GroupDiscountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GroupDiscount'] = ResolversParentTypes['GroupDiscount']> = {
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  inherited?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  productGroup?: Resolver<ResolversTypes['ProductGroup'], ParentType, ContextType>;
};

export type HistoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  apiKeyNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['HistoryOperation'], ParentType, ContextType>;
  record?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HistoryEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryEntryConnection'] = ResolversParentTypes['HistoryEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HistoryEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type HistoryEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['HistoryEntryEdge'] = ResolversParentTypes['HistoryEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
};

export type HistoryOperationResolvers = EnumResolverSignature<{ ARCHIVE?: any, CREATE?: any, DELETE?: any, RESTORE?: any, STATUS?: any, UPDATE?: any }, ResolversTypes['HistoryOperation']>;

export type ImportModeResolvers = EnumResolverSignature<{ CREATE_ONLY?: any, UPSERT?: any }, ResolversTypes['ImportMode']>;

export type ImportPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPayload'] = ResolversParentTypes['ImportPayload']> = {
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['ImportRowResult']>, ParentType, ContextType>;
  skipped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRowResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportRowResult'] = ResolversParentTypes['ImportRowResult']> = {
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportRowStatus'], ParentType, ContextType>;
};

export type ImportRowStatusResolvers = EnumResolverSignature<{ CREATED?: any, FAILED?: any, SKIPPED?: any, UNCHANGED?: any, UPDATED?: any }, ResolversTypes['ImportRowStatus']>;

export type ImportanceResolvers = EnumResolverSignature<{ KEY?: any, LOW?: any, NORMAL?: any }, ResolversTypes['Importance']>;

export type ImportantDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportantDate'] = ResolversParentTypes['ImportantDate']> = {
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InformationSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InformationSource'] = ResolversParentTypes['InformationSource']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InformationSourceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InformationSourceConnection'] = ResolversParentTypes['InformationSourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InformationSourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InformationSourceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InformationSourceEdge'] = ResolversParentTypes['InformationSourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InformationSource'], ParentType, ContextType>;
};

export type InformationSourcePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InformationSourcePayload'] = ResolversParentTypes['InformationSourcePayload']> = {
  informationSource?: Resolver<Maybe<ResolversTypes['InformationSource']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InvitationStatusResolvers = EnumResolverSignature<{ ATTENDED?: any, CONFIRMED?: any, DECLINED?: any, INVITED?: any }, ResolversTypes['InvitationStatus']>;

export interface JSONScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KnowledgeArticleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnowledgeArticle'] = ResolversParentTypes['KnowledgeArticle']> = {
  answer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  appealType?: Resolver<Maybe<ResolversTypes['AppealType']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KnowledgeArticleConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnowledgeArticleConnection'] = ResolversParentTypes['KnowledgeArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KnowledgeArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KnowledgeArticleEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnowledgeArticleEdge'] = ResolversParentTypes['KnowledgeArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeArticle'], ParentType, ContextType>;
};

export type KnowledgeArticlePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnowledgeArticlePayload'] = ResolversParentTypes['KnowledgeArticlePayload']> = {
  article?: Resolver<Maybe<ResolversTypes['KnowledgeArticle']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type LostReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LostReason'] = ResolversParentTypes['LostReason']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LostReasonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LostReasonPayload'] = ResolversParentTypes['LostReasonPayload']> = {
  lostReason?: Resolver<Maybe<ResolversTypes['LostReason']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ManagerPerformanceRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ManagerPerformanceRow'] = ResolversParentTypes['ManagerPerformanceRow']> = {
  claimsAgainst?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contactMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contactsMade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dealsWon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dealsWonAmounts?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueTasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
};

export type MarkNotificationsReadPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MarkNotificationsReadPayload'] = ResolversParentTypes['MarkNotificationsReadPayload']> = {
  notifications?: Resolver<Array<ResolversTypes['Notification']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  activateAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationactivateAgreementArgs, 'input'>>;
  addCampaignExpense?: Resolver<ResolversTypes['CampaignExpensePayload'], ParentType, ContextType, RequireFields<MutationaddCampaignExpenseArgs, 'input'>>;
  addCampaignMaterial?: Resolver<ResolversTypes['CampaignMaterialPayload'], ParentType, ContextType, RequireFields<MutationaddCampaignMaterialArgs, 'input'>>;
  addCampaignParticipant?: Resolver<ResolversTypes['CampaignParticipantPayload'], ParentType, ContextType, RequireFields<MutationaddCampaignParticipantArgs, 'input'>>;
  addCampaignRevenue?: Resolver<ResolversTypes['CampaignRevenuePayload'], ParentType, ContextType, RequireFields<MutationaddCampaignRevenueArgs, 'input'>>;
  addContactCardPerson?: Resolver<ResolversTypes['ContactCardPayload'], ParentType, ContextType, RequireFields<MutationaddContactCardPersonArgs, 'input'>>;
  addServiceVisit?: Resolver<ResolversTypes['ServiceVisitPayload'], ParentType, ContextType, RequireFields<MutationaddServiceVisitArgs, 'input'>>;
  archiveContactCard?: Resolver<ResolversTypes['ContactCardPayload'], ParentType, ContextType, RequireFields<MutationarchiveContactCardArgs, 'input'>>;
  archiveCounterparty?: Resolver<ResolversTypes['CounterpartyPayload'], ParentType, ContextType, RequireFields<MutationarchiveCounterpartyArgs, 'input'>>;
  archivePerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationarchivePersonArgs, 'input'>>;
  archiveProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationarchiveProductArgs, 'input'>>;
  archiveServiceCard?: Resolver<ResolversTypes['ServiceCardPayload'], ParentType, ContextType, RequireFields<MutationarchiveServiceCardArgs, 'input'>>;
  assignAppeal?: Resolver<ResolversTypes['AppealPayload'], ParentType, ContextType, RequireFields<MutationassignAppealArgs, 'input'>>;
  cancelChronicleEntry?: Resolver<ResolversTypes['ChronicleEntryPayload'], ParentType, ContextType, RequireFields<MutationcancelChronicleEntryArgs, 'input'>>;
  cancelContract?: Resolver<ResolversTypes['ContractPayload'], ParentType, ContextType, RequireFields<MutationcancelContractArgs, 'input'>>;
  cancelObligation?: Resolver<ResolversTypes['ObligationPayload'], ParentType, ContextType, RequireFields<MutationcancelObligationArgs, 'input'>>;
  cancelOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationcancelOrderArgs, 'input'>>;
  cancelTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationcancelTaskArgs, 'input'>>;
  changeAppealStatus?: Resolver<ResolversTypes['AppealPayload'], ParentType, ContextType, RequireFields<MutationchangeAppealStatusArgs, 'input'>>;
  changeCampaignStatus?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationchangeCampaignStatusArgs, 'input'>>;
  changeClaimStatus?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationchangeClaimStatusArgs, 'input'>>;
  changeDealStage?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationchangeDealStageArgs, 'input'>>;
  closeAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationcloseAgreementArgs, 'input'>>;
  closeContract?: Resolver<ResolversTypes['ContractPayload'], ParentType, ContextType, RequireFields<MutationcloseContractArgs, 'input'>>;
  closeServiceVisit?: Resolver<ResolversTypes['ServiceVisitPayload'], ParentType, ContextType, RequireFields<MutationcloseServiceVisitArgs, 'input'>>;
  completeChronicleEntry?: Resolver<ResolversTypes['ChronicleEntryPayload'], ParentType, ContextType, RequireFields<MutationcompleteChronicleEntryArgs, 'input'>>;
  completeTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationcompleteTaskArgs, 'input'>>;
  convertContactCard?: Resolver<ResolversTypes['ConvertContactCardPayload'], ParentType, ContextType, RequireFields<MutationconvertContactCardArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationcreateApiKeyArgs, 'input'>>;
  createAppealType?: Resolver<ResolversTypes['AppealTypePayload'], ParentType, ContextType, RequireFields<MutationcreateAppealTypeArgs, 'input'>>;
  createAttachmentUploadUrl?: Resolver<ResolversTypes['AttachmentUploadUrlPayload'], ParentType, ContextType, RequireFields<MutationcreateAttachmentUploadUrlArgs, 'input'>>;
  createCampaign?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationcreateCampaignArgs, 'input'>>;
  createCampaignGroup?: Resolver<ResolversTypes['CampaignGroupPayload'], ParentType, ContextType, RequireFields<MutationcreateCampaignGroupArgs, 'input'>>;
  createChronicleEntry?: Resolver<ResolversTypes['ChronicleEntryPayload'], ParentType, ContextType, RequireFields<MutationcreateChronicleEntryArgs, 'input'>>;
  createClaimCause?: Resolver<ResolversTypes['ClaimCausePayload'], ParentType, ContextType, RequireFields<MutationcreateClaimCauseArgs, 'input'>>;
  createContactCard?: Resolver<ResolversTypes['ContactCardPayload'], ParentType, ContextType, RequireFields<MutationcreateContactCardArgs, 'input'>>;
  createContactCardGroup?: Resolver<ResolversTypes['ContactCardGroupPayload'], ParentType, ContextType, RequireFields<MutationcreateContactCardGroupArgs, 'input'>>;
  createContract?: Resolver<ResolversTypes['ContractPayload'], ParentType, ContextType, RequireFields<MutationcreateContractArgs, 'input'>>;
  createContractTemplate?: Resolver<ResolversTypes['ContractTemplatePayload'], ParentType, ContextType, RequireFields<MutationcreateContractTemplateArgs, 'input'>>;
  createCounterparty?: Resolver<ResolversTypes['CounterpartyPayload'], ParentType, ContextType, RequireFields<MutationcreateCounterpartyArgs, 'input'>>;
  createCounterpartyGroup?: Resolver<ResolversTypes['CounterpartyGroupPayload'], ParentType, ContextType, RequireFields<MutationcreateCounterpartyGroupArgs, 'input'>>;
  createCounterpartyObject?: Resolver<ResolversTypes['CounterpartyObjectPayload'], ParentType, ContextType, RequireFields<MutationcreateCounterpartyObjectArgs, 'input'>>;
  createDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationcreateDealArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationcreateDepartmentArgs, 'input'>>;
  createEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationcreateEmployeeArgs, 'input'>>;
  createIndividualAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationcreateIndividualAgreementArgs, 'input'>>;
  createInformationSource?: Resolver<ResolversTypes['InformationSourcePayload'], ParentType, ContextType, RequireFields<MutationcreateInformationSourceArgs, 'input'>>;
  createKnowledgeArticle?: Resolver<ResolversTypes['KnowledgeArticlePayload'], ParentType, ContextType, RequireFields<MutationcreateKnowledgeArticleArgs, 'input'>>;
  createLostReason?: Resolver<ResolversTypes['LostReasonPayload'], ParentType, ContextType, RequireFields<MutationcreateLostReasonArgs, 'input'>>;
  createObligation?: Resolver<ResolversTypes['ObligationPayload'], ParentType, ContextType, RequireFields<MutationcreateObligationArgs, 'input'>>;
  createOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationcreateOrderArgs, 'input'>>;
  createParameterDefinition?: Resolver<ResolversTypes['ParameterDefinitionPayload'], ParentType, ContextType, RequireFields<MutationcreateParameterDefinitionArgs, 'input'>>;
  createPartnerApiKey?: Resolver<ResolversTypes['CreatePartnerApiKeyPayload'], ParentType, ContextType, RequireFields<MutationcreatePartnerApiKeyArgs, 'input'>>;
  createPerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationcreatePersonArgs, 'input'>>;
  createPriceType?: Resolver<ResolversTypes['PriceTypePayload'], ParentType, ContextType, RequireFields<MutationcreatePriceTypeArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationcreateProductArgs, 'input'>>;
  createProductGroup?: Resolver<ResolversTypes['ProductGroupPayload'], ParentType, ContextType, RequireFields<MutationcreateProductGroupArgs, 'input'>>;
  createServiceCard?: Resolver<ResolversTypes['ServiceCardPayload'], ParentType, ContextType, RequireFields<MutationcreateServiceCardArgs, 'input'>>;
  createServiceCardGroup?: Resolver<ResolversTypes['ServiceCardGroupPayload'], ParentType, ContextType, RequireFields<MutationcreateServiceCardGroupArgs, 'input'>>;
  createTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationcreateTaskArgs, 'input'>>;
  createTimeEntry?: Resolver<ResolversTypes['TimeEntryPayload'], ParentType, ContextType, RequireFields<MutationcreateTimeEntryArgs, 'input'>>;
  createTypicalAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationcreateTypicalAgreementArgs, 'input'>>;
  createWebhook?: Resolver<ResolversTypes['WebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationcreateWebhookArgs, 'input'>>;
  deleteAppealType?: Resolver<ResolversTypes['DeleteAppealTypePayload'], ParentType, ContextType, RequireFields<MutationdeleteAppealTypeArgs, 'input'>>;
  deleteAttachment?: Resolver<ResolversTypes['DeleteAttachmentPayload'], ParentType, ContextType, RequireFields<MutationdeleteAttachmentArgs, 'input'>>;
  deleteCampaignGroup?: Resolver<ResolversTypes['DeleteCampaignGroupPayload'], ParentType, ContextType, RequireFields<MutationdeleteCampaignGroupArgs, 'input'>>;
  deleteClaimCause?: Resolver<ResolversTypes['DeleteClaimCausePayload'], ParentType, ContextType, RequireFields<MutationdeleteClaimCauseArgs, 'input'>>;
  deleteContactCardGroup?: Resolver<ResolversTypes['DeleteContactCardGroupPayload'], ParentType, ContextType, RequireFields<MutationdeleteContactCardGroupArgs, 'input'>>;
  deleteCounterpartyGroup?: Resolver<ResolversTypes['DeleteCounterpartyGroupPayload'], ParentType, ContextType, RequireFields<MutationdeleteCounterpartyGroupArgs, 'input'>>;
  deleteCounterpartyObject?: Resolver<ResolversTypes['DeleteCounterpartyObjectPayload'], ParentType, ContextType, RequireFields<MutationdeleteCounterpartyObjectArgs, 'input'>>;
  deletePrice?: Resolver<ResolversTypes['DeletePricePayload'], ParentType, ContextType, RequireFields<MutationdeletePriceArgs, 'input'>>;
  deleteProductGroup?: Resolver<ResolversTypes['DeleteProductGroupPayload'], ParentType, ContextType, RequireFields<MutationdeleteProductGroupArgs, 'input'>>;
  deleteServiceCardGroup?: Resolver<ResolversTypes['DeleteServiceCardGroupPayload'], ParentType, ContextType, RequireFields<MutationdeleteServiceCardGroupArgs, 'input'>>;
  deleteTimeEntry?: Resolver<ResolversTypes['DeleteTimeEntryPayload'], ParentType, ContextType, RequireFields<MutationdeleteTimeEntryArgs, 'input'>>;
  deleteWebhook?: Resolver<ResolversTypes['DeleteWebhookPayload'], ParentType, ContextType, RequireFields<MutationdeleteWebhookArgs, 'input'>>;
  generateServiceSchedule?: Resolver<ResolversTypes['ServiceCardPayload'], ParentType, ContextType, RequireFields<MutationgenerateServiceScheduleArgs, 'input'>>;
  importAppeals?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportAppealsArgs, 'input'>>;
  importCampaignParticipants?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportCampaignParticipantsArgs, 'input'>>;
  importCampaigns?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportCampaignsArgs, 'input'>>;
  importChronicleEntries?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportChronicleEntriesArgs, 'input'>>;
  importClaims?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportClaimsArgs, 'input'>>;
  importContactCards?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportContactCardsArgs, 'input'>>;
  importCounterparties?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportCounterpartiesArgs, 'input'>>;
  importDeals?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportDealsArgs, 'input'>>;
  importObligations?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportObligationsArgs, 'input'>>;
  importPersons?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportPersonsArgs, 'input'>>;
  importPrices?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportPricesArgs, 'input'>>;
  importProducts?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportProductsArgs, 'input'>>;
  importServiceCards?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportServiceCardsArgs, 'input'>>;
  importTasks?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportTasksArgs, 'input'>>;
  importVCards?: Resolver<ResolversTypes['ImportPayload'], ParentType, ContextType, RequireFields<MutationimportVCardsArgs, 'input'>>;
  linkDealOrder?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationlinkDealOrderArgs, 'input'>>;
  markNotificationsRead?: Resolver<ResolversTypes['MarkNotificationsReadPayload'], ParentType, ContextType, RequireFields<MutationmarkNotificationsReadArgs, 'input'>>;
  moveAppealType?: Resolver<ResolversTypes['AppealTypePayload'], ParentType, ContextType, RequireFields<MutationmoveAppealTypeArgs, 'input'>>;
  moveCampaignGroup?: Resolver<ResolversTypes['CampaignGroupPayload'], ParentType, ContextType, RequireFields<MutationmoveCampaignGroupArgs, 'input'>>;
  moveClaimCause?: Resolver<ResolversTypes['ClaimCausePayload'], ParentType, ContextType, RequireFields<MutationmoveClaimCauseArgs, 'input'>>;
  moveContactCardGroup?: Resolver<ResolversTypes['ContactCardGroupPayload'], ParentType, ContextType, RequireFields<MutationmoveContactCardGroupArgs, 'input'>>;
  moveCounterpartyGroup?: Resolver<ResolversTypes['CounterpartyGroupPayload'], ParentType, ContextType, RequireFields<MutationmoveCounterpartyGroupArgs, 'input'>>;
  moveDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationmoveDealArgs, 'input'>>;
  moveProductGroup?: Resolver<ResolversTypes['ProductGroupPayload'], ParentType, ContextType, RequireFields<MutationmoveProductGroupArgs, 'input'>>;
  moveServiceCardGroup?: Resolver<ResolversTypes['ServiceCardGroupPayload'], ParentType, ContextType, RequireFields<MutationmoveServiceCardGroupArgs, 'input'>>;
  postContract?: Resolver<ResolversTypes['ContractPayload'], ParentType, ContextType, RequireFields<MutationpostContractArgs, 'input'>>;
  postOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationpostOrderArgs, 'input'>>;
  recordAppealWork?: Resolver<ResolversTypes['AppealWorkPayload'], ParentType, ContextType, RequireFields<MutationrecordAppealWorkArgs, 'input'>>;
  recordObligationFulfilment?: Resolver<ResolversTypes['ObligationPayload'], ParentType, ContextType, RequireFields<MutationrecordObligationFulfilmentArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['PaymentPayload'], ParentType, ContextType, RequireFields<MutationrecordPaymentArgs, 'input'>>;
  recordServiceVisit?: Resolver<ResolversTypes['ServiceVisitPayload'], ParentType, ContextType, RequireFields<MutationrecordServiceVisitArgs, 'input'>>;
  recordShipment?: Resolver<ResolversTypes['ShipmentPayload'], ParentType, ContextType, RequireFields<MutationrecordShipmentArgs, 'input'>>;
  registerAppeal?: Resolver<ResolversTypes['AppealPayload'], ParentType, ContextType, RequireFields<MutationregisterAppealArgs, 'input'>>;
  registerCall?: Resolver<ResolversTypes['RegisterCallPayload'], ParentType, ContextType, RequireFields<MutationregisterCallArgs, 'input'>>;
  registerClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationregisterClaimArgs, 'input'>>;
  removeCampaignExpense?: Resolver<ResolversTypes['RemoveCampaignRecordPayload'], ParentType, ContextType, RequireFields<MutationremoveCampaignExpenseArgs, 'input'>>;
  removeCampaignMaterial?: Resolver<ResolversTypes['RemoveCampaignRecordPayload'], ParentType, ContextType, RequireFields<MutationremoveCampaignMaterialArgs, 'input'>>;
  removeCampaignParticipant?: Resolver<ResolversTypes['RemoveCampaignRecordPayload'], ParentType, ContextType, RequireFields<MutationremoveCampaignParticipantArgs, 'input'>>;
  removeCampaignRevenue?: Resolver<ResolversTypes['RemoveCampaignRecordPayload'], ParentType, ContextType, RequireFields<MutationremoveCampaignRevenueArgs, 'input'>>;
  removeContactCardPerson?: Resolver<ResolversTypes['ContactCardPayload'], ParentType, ContextType, RequireFields<MutationremoveContactCardPersonArgs, 'input'>>;
  removeCounterpartyCompetitor?: Resolver<ResolversTypes['CounterpartyPayload'], ParentType, ContextType, RequireFields<MutationremoveCounterpartyCompetitorArgs, 'input'>>;
  removeProductRelation?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationremoveProductRelationArgs, 'input'>>;
  renameAppealType?: Resolver<ResolversTypes['AppealTypePayload'], ParentType, ContextType, RequireFields<MutationrenameAppealTypeArgs, 'input'>>;
  renameCampaignGroup?: Resolver<ResolversTypes['CampaignGroupPayload'], ParentType, ContextType, RequireFields<MutationrenameCampaignGroupArgs, 'input'>>;
  renameClaimCause?: Resolver<ResolversTypes['ClaimCausePayload'], ParentType, ContextType, RequireFields<MutationrenameClaimCauseArgs, 'input'>>;
  renameContactCardGroup?: Resolver<ResolversTypes['ContactCardGroupPayload'], ParentType, ContextType, RequireFields<MutationrenameContactCardGroupArgs, 'input'>>;
  renameCounterpartyGroup?: Resolver<ResolversTypes['CounterpartyGroupPayload'], ParentType, ContextType, RequireFields<MutationrenameCounterpartyGroupArgs, 'input'>>;
  renameProductGroup?: Resolver<ResolversTypes['ProductGroupPayload'], ParentType, ContextType, RequireFields<MutationrenameProductGroupArgs, 'input'>>;
  renameServiceCardGroup?: Resolver<ResolversTypes['ServiceCardGroupPayload'], ParentType, ContextType, RequireFields<MutationrenameServiceCardGroupArgs, 'input'>>;
  reopenClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationreopenClaimArgs, 'input'>>;
  reopenDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationreopenDealArgs, 'input'>>;
  reopenTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationreopenTaskArgs, 'input'>>;
  restoreContactCard?: Resolver<ResolversTypes['ContactCardPayload'], ParentType, ContextType, RequireFields<MutationrestoreContactCardArgs, 'input'>>;
  restoreCounterparty?: Resolver<ResolversTypes['CounterpartyPayload'], ParentType, ContextType, RequireFields<MutationrestoreCounterpartyArgs, 'input'>>;
  restorePerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationrestorePersonArgs, 'input'>>;
  restoreProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationrestoreProductArgs, 'input'>>;
  restoreServiceCard?: Resolver<ResolversTypes['ServiceCardPayload'], ParentType, ContextType, RequireFields<MutationrestoreServiceCardArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationrevokeApiKeyArgs, 'input'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookSecretPayload'], ParentType, ContextType, RequireFields<MutationrotateWebhookSecretArgs, 'input'>>;
  sendEmail?: Resolver<ResolversTypes['SendEmailPayload'], ParentType, ContextType, RequireFields<MutationsendEmailArgs, 'input'>>;
  setCounterpartyCompetitor?: Resolver<ResolversTypes['CounterpartyPayload'], ParentType, ContextType, RequireFields<MutationsetCounterpartyCompetitorArgs, 'input'>>;
  setCounterpartyParameters?: Resolver<ResolversTypes['CounterpartyPayload'], ParentType, ContextType, RequireFields<MutationsetCounterpartyParametersArgs, 'input'>>;
  setPrice?: Resolver<ResolversTypes['PricePayload'], ParentType, ContextType, RequireFields<MutationsetPriceArgs, 'input'>>;
  setProductRelation?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationsetProductRelationArgs, 'input'>>;
  setServiceVisitReminder?: Resolver<ResolversTypes['ServiceVisitPayload'], ParentType, ContextType, RequireFields<MutationsetServiceVisitReminderArgs, 'input'>>;
  unlinkDealOrder?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationunlinkDealOrderArgs, 'input'>>;
  updateAgreement?: Resolver<ResolversTypes['AgreementPayload'], ParentType, ContextType, RequireFields<MutationupdateAgreementArgs, 'input'>>;
  updateAppeal?: Resolver<ResolversTypes['AppealPayload'], ParentType, ContextType, RequireFields<MutationupdateAppealArgs, 'input'>>;
  updateCampaign?: Resolver<ResolversTypes['CampaignPayload'], ParentType, ContextType, RequireFields<MutationupdateCampaignArgs, 'input'>>;
  updateCampaignExpense?: Resolver<ResolversTypes['CampaignExpensePayload'], ParentType, ContextType, RequireFields<MutationupdateCampaignExpenseArgs, 'input'>>;
  updateCampaignMaterial?: Resolver<ResolversTypes['CampaignMaterialPayload'], ParentType, ContextType, RequireFields<MutationupdateCampaignMaterialArgs, 'input'>>;
  updateCampaignParticipant?: Resolver<ResolversTypes['CampaignParticipantPayload'], ParentType, ContextType, RequireFields<MutationupdateCampaignParticipantArgs, 'input'>>;
  updateCampaignRevenue?: Resolver<ResolversTypes['CampaignRevenuePayload'], ParentType, ContextType, RequireFields<MutationupdateCampaignRevenueArgs, 'input'>>;
  updateChronicleEntry?: Resolver<ResolversTypes['ChronicleEntryPayload'], ParentType, ContextType, RequireFields<MutationupdateChronicleEntryArgs, 'input'>>;
  updateClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationupdateClaimArgs, 'input'>>;
  updateContactCard?: Resolver<ResolversTypes['ContactCardPayload'], ParentType, ContextType, RequireFields<MutationupdateContactCardArgs, 'input'>>;
  updateContract?: Resolver<ResolversTypes['ContractPayload'], ParentType, ContextType, RequireFields<MutationupdateContractArgs, 'input'>>;
  updateContractTemplate?: Resolver<ResolversTypes['ContractTemplatePayload'], ParentType, ContextType, RequireFields<MutationupdateContractTemplateArgs, 'input'>>;
  updateCounterparty?: Resolver<ResolversTypes['CounterpartyPayload'], ParentType, ContextType, RequireFields<MutationupdateCounterpartyArgs, 'input'>>;
  updateCounterpartyObject?: Resolver<ResolversTypes['CounterpartyObjectPayload'], ParentType, ContextType, RequireFields<MutationupdateCounterpartyObjectArgs, 'input'>>;
  updateDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationupdateDealArgs, 'input'>>;
  updateDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationupdateDepartmentArgs, 'input'>>;
  updateEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationupdateEmployeeArgs, 'input'>>;
  updateInformationSource?: Resolver<ResolversTypes['InformationSourcePayload'], ParentType, ContextType, RequireFields<MutationupdateInformationSourceArgs, 'input'>>;
  updateKnowledgeArticle?: Resolver<ResolversTypes['KnowledgeArticlePayload'], ParentType, ContextType, RequireFields<MutationupdateKnowledgeArticleArgs, 'input'>>;
  updateLostReason?: Resolver<ResolversTypes['LostReasonPayload'], ParentType, ContextType, RequireFields<MutationupdateLostReasonArgs, 'input'>>;
  updateObligation?: Resolver<ResolversTypes['ObligationPayload'], ParentType, ContextType, RequireFields<MutationupdateObligationArgs, 'input'>>;
  updateOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationupdateOrderArgs, 'input'>>;
  updatePerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationupdatePersonArgs, 'input'>>;
  updatePriceType?: Resolver<ResolversTypes['PriceTypePayload'], ParentType, ContextType, RequireFields<MutationupdatePriceTypeArgs, 'input'>>;
  updateProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationupdateProductArgs, 'input'>>;
  updateServiceCard?: Resolver<ResolversTypes['ServiceCardPayload'], ParentType, ContextType, RequireFields<MutationupdateServiceCardArgs, 'input'>>;
  updateTask?: Resolver<ResolversTypes['TaskPayload'], ParentType, ContextType, RequireFields<MutationupdateTaskArgs, 'input'>>;
  updateTimeEntry?: Resolver<ResolversTypes['TimeEntryPayload'], ParentType, ContextType, RequireFields<MutationupdateTimeEntryArgs, 'input'>>;
  updateWebhook?: Resolver<ResolversTypes['WebhookPayload'], ParentType, ContextType, RequireFields<MutationupdateWebhookArgs, 'input'>>;
  uploadAttachment?: Resolver<ResolversTypes['AttachmentPayload'], ParentType, ContextType, RequireFields<MutationuploadAttachmentArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType?: TypeResolveFn<'Agreement' | 'ApiKey' | 'Appeal' | 'AppealType' | 'Attachment' | 'Campaign' | 'CampaignExpense' | 'CampaignGroup' | 'CampaignMaterial' | 'CampaignParticipant' | 'CampaignRevenue' | 'ChronicleEntry' | 'Claim' | 'ClaimCause' | 'ContactCard' | 'ContactCardGroup' | 'Contract' | 'ContractTemplate' | 'Counterparty' | 'CounterpartyGroup' | 'CounterpartyObject' | 'Deal' | 'Department' | 'Employee' | 'InformationSource' | 'KnowledgeArticle' | 'LostReason' | 'Notification' | 'Obligation' | 'Order' | 'OrderLine' | 'ParameterDefinition' | 'Payment' | 'Person' | 'Price' | 'PriceType' | 'Product' | 'ProductGroup' | 'ServiceCard' | 'ServiceCardGroup' | 'ServiceVisit' | 'Shipment' | 'Task' | 'TimeEntry' | 'Webhook' | 'WebhookDelivery', ParentType, ContextType>;
};

export type NotificationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Notification'] = ResolversParentTypes['Notification']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NotificationKind'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reminderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NotificationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationConnection'] = ResolversParentTypes['NotificationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NotificationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NotificationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NotificationEdge'] = ResolversParentTypes['NotificationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Notification'], ParentType, ContextType>;
};

export type NotificationKindResolvers = EnumResolverSignature<{ REMINDER?: any }, ResolversTypes['NotificationKind']>;

export type ObligationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Obligation'] = ResolversParentTypes['Obligation']> = {
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['Currency']>, ParentType, ContextType>;
  debtor?: Resolver<ResolversTypes['ObligationDebtor'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fulfilledAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  fulfilments?: Resolver<Array<ResolversTypes['ObligationFulfilment']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<ObligationhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ObligationKind'], ParentType, ContextType>;
  outstandingAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObligationStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ObligationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationConnection'] = ResolversParentTypes['ObligationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ObligationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ObligationDebtorResolvers = EnumResolverSignature<{ OURS?: any, THEIRS?: any }, ResolversTypes['ObligationDebtor']>;

export type ObligationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationEdge'] = ResolversParentTypes['ObligationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Obligation'], ParentType, ContextType>;
};

export type ObligationFulfilmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationFulfilment'] = ResolversParentTypes['ObligationFulfilment']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ObligationFulfilmentSource'], ParentType, ContextType>;
};

export type ObligationFulfilmentSourceResolvers = EnumResolverSignature<{ MANUAL?: any, PAYMENT?: any, SHIPMENT?: any }, ResolversTypes['ObligationFulfilmentSource']>;

export type ObligationKindResolvers = EnumResolverSignature<{ DELIVERY?: any, DOCUMENT?: any, OTHER?: any, PAYMENT?: any, SERVICE?: any }, ResolversTypes['ObligationKind']>;

export type ObligationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ObligationPayload'] = ResolversParentTypes['ObligationPayload']> = {
  obligation?: Resolver<Maybe<ResolversTypes['Obligation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ObligationStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, FULFILLED?: any, OPEN?: any, PARTIALLY_FULFILLED?: any }, ResolversTypes['ObligationStatus']>;

export type OrderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  expectedPaymentDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  expectedShipmentDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<OrderhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outstandingPayment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  outstandingShipment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  paymentState?: Resolver<ResolversTypes['OrderProgress'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  prepaymentRequired?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  shipmentState?: Resolver<ResolversTypes['OrderProgress'], ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['Shipment']>, ParentType, ContextType>;
  shippedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderAnalysisResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderAnalysis'] = ResolversParentTypes['OrderAnalysis']> = {
  agreementId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  contractId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  contractNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  counterpartyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  counterpartyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderAnalysisLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligations?: Resolver<Array<ResolversTypes['OrderAnalysisObligation']>, ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['OrderAnalysisMovement']>, ParentType, ContextType>;
  settlements?: Resolver<ResolversTypes['OrderAnalysisSettlements'], ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['OrderAnalysisMovement']>, ParentType, ContextType>;
  shippedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type OrderAnalysisLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderAnalysisLine'] = ResolversParentTypes['OrderAnalysisLine']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outstandingQuantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productType?: Resolver<ResolversTypes['ProductType'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  shippedQuantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type OrderAnalysisMovementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderAnalysisMovement'] = ResolversParentTypes['OrderAnalysisMovement']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  fulfilledAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type OrderAnalysisObligationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderAnalysisObligation'] = ResolversParentTypes['OrderAnalysisObligation']> = {
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  debtor?: Resolver<ResolversTypes['ObligationDebtor'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  fulfilledAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  fulfilledByOrder?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ObligationKind'], ParentType, ContextType>;
  obligationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outstandingAmount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ObligationStatus'], ParentType, ContextType>;
};

export type OrderAnalysisSettlementsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderAnalysisSettlements'] = ResolversParentTypes['OrderAnalysisSettlements']> = {
  outstandingPayment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  outstandingPrepayment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  outstandingShipment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  overduePayment?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  shippedUnpaid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  discountPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  shippedQuantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrderPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrderPayload'] = ResolversParentTypes['OrderPayload']> = {
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type OrderProgressResolvers = EnumResolverSignature<{ FULL?: any, NONE?: any, PARTIAL?: any }, ResolversTypes['OrderProgress']>;

export type OrderStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, DRAFT?: any, POSTED?: any }, ResolversTypes['OrderStatus']>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParameterDefinitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParameterDefinition'] = ResolversParentTypes['ParameterDefinition']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ParameterType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParameterDefinitionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParameterDefinitionPayload'] = ResolversParentTypes['ParameterDefinitionPayload']> = {
  parameterDefinition?: Resolver<Maybe<ResolversTypes['ParameterDefinition']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ParameterTypeResolvers = EnumResolverSignature<{ BOOLEAN?: any, DATE?: any, NUMBER?: any, STRING?: any }, ResolversTypes['ParameterType']>;

export type ParameterValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParameterValue'] = ResolversParentTypes['ParameterValue']> = {
  booleanValue?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  dateValue?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  numberValue?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  parameter?: Resolver<ResolversTypes['ParameterDefinition'], ParentType, ContextType>;
  stringValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartnerSalesActivityRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerSalesActivityRow'] = ResolversParentTypes['PartnerSalesActivityRow']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  orderTotals?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<PaymenthistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PaymentBasisResolvers = EnumResolverSignature<{ ORDER?: any, SHIPMENT?: any }, ResolversTypes['PaymentBasis']>;

export type PaymentMethodResolvers = EnumResolverSignature<{ BANK_TRANSFER?: any, CARD?: any, CASH?: any, OFFSET?: any }, ResolversTypes['PaymentMethod']>;

export type PaymentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentPayload'] = ResolversParentTypes['PaymentPayload']> = {
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PaymentStageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaymentStage'] = ResolversParentTypes['PaymentStage']> = {
  basis?: Resolver<ResolversTypes['PaymentBasis'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  prepayment?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  birthday?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  counterparties?: Resolver<Array<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['Email']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<PersonhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importantDates?: Resolver<Array<ResolversTypes['ImportantDate']>, ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  middleName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['Phone']>, ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['PersonPosition']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vcard?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PersonPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonPayload'] = ResolversParentTypes['PersonPayload']> = {
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PersonPositionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PersonPosition'] = ResolversParentTypes['PersonPosition']> = {
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  isPrimary?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PhoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = {
  extension?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContactKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PriceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Price'] = ResolversParentTypes['Price']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  priceType?: Resolver<ResolversTypes['PriceType'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PricePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PricePayload'] = ResolversParentTypes['PricePayload']> = {
  price?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PriceTypeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceType'] = ResolversParentTypes['PriceType']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['PriceTypePurpose'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PriceTypePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PriceTypePayload'] = ResolversParentTypes['PriceTypePayload']> = {
  priceType?: Resolver<Maybe<ResolversTypes['PriceType']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type PriceTypePurposeResolvers = EnumResolverSignature<{ COST?: any, SALE?: any }, ResolversTypes['PriceTypePurpose']>;

export type ProductResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = {
  analogues?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  costPrice?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType, RequireFields<ProductcostPriceArgs, 'currency'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['ProductGroup']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<ProducthistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Price']>, ParentType, ContextType, RequireFields<ProductpriceArgs, 'priceTypeId'>>;
  prices?: Resolver<Array<ResolversTypes['Price']>, ParentType, ContextType, Partial<ProductpricesArgs>>;
  substitutes?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ProductType'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProductEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
};

export type ProductGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductGroup'] = ResolversParentTypes['ProductGroup']> = {
  children?: Resolver<Array<ResolversTypes['ProductGroup']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ProductGroup']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProductGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductGroupPayload'] = ResolversParentTypes['ProductGroupPayload']> = {
  group?: Resolver<Maybe<ResolversTypes['ProductGroup']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProductOrderFieldResolvers = EnumResolverSignature<{ CREATED_AT?: any, NAME?: any }, ResolversTypes['ProductOrderField']>;

export type ProductPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProductPayload'] = ResolversParentTypes['ProductPayload']> = {
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ProductRelationKindResolvers = EnumResolverSignature<{ ANALOGUE?: any, SUBSTITUTE?: any }, ResolversTypes['ProductRelationKind']>;

export type ProductTypeResolvers = EnumResolverSignature<{ GOODS?: any, SERVICE?: any }, ResolversTypes['ProductType']>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  agreement?: Resolver<Maybe<ResolversTypes['Agreement']>, ParentType, ContextType, RequireFields<QueryagreementArgs, 'id'>>;
  agreements?: Resolver<ResolversTypes['AgreementConnection'], ParentType, ContextType, Partial<QueryagreementsArgs>>;
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, Partial<QueryapiKeysArgs>>;
  appeal?: Resolver<Maybe<ResolversTypes['Appeal']>, ParentType, ContextType, RequireFields<QueryappealArgs, 'id'>>;
  appealTypes?: Resolver<Array<ResolversTypes['AppealType']>, ParentType, ContextType>;
  appeals?: Resolver<ResolversTypes['AppealConnection'], ParentType, ContextType, Partial<QueryappealsArgs>>;
  calendar?: Resolver<ResolversTypes['CalendarConnection'], ParentType, ContextType, Partial<QuerycalendarArgs>>;
  callLog?: Resolver<Array<ResolversTypes['CallLogRow']>, ParentType, ContextType, RequireFields<QuerycallLogArgs, 'direction' | 'from' | 'timeZone' | 'to'>>;
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QuerycampaignArgs, 'id'>>;
  campaignEffectiveness?: Resolver<Array<ResolversTypes['CampaignEffectivenessRow']>, ParentType, ContextType, RequireFields<QuerycampaignEffectivenessArgs, 'from' | 'timeZone' | 'to'>>;
  campaignGroups?: Resolver<Array<ResolversTypes['CampaignGroup']>, ParentType, ContextType>;
  campaigns?: Resolver<ResolversTypes['CampaignConnection'], ParentType, ContextType, Partial<QuerycampaignsArgs>>;
  chronicleEntries?: Resolver<ResolversTypes['ChronicleEntryConnection'], ParentType, ContextType, Partial<QuerychronicleEntriesArgs>>;
  chronicleEntry?: Resolver<Maybe<ResolversTypes['ChronicleEntry']>, ParentType, ContextType, RequireFields<QuerychronicleEntryArgs, 'id'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryclaimArgs, 'id'>>;
  claimCauses?: Resolver<Array<ResolversTypes['ClaimCause']>, ParentType, ContextType>;
  claimDynamics?: Resolver<Array<ResolversTypes['ClaimDynamicsRow']>, ParentType, ContextType, RequireFields<QueryclaimDynamicsArgs, 'byDepartment' | 'from' | 'timeZone' | 'to'>>;
  claimSatisfaction?: Resolver<Array<ResolversTypes['ClaimSatisfactionRow']>, ParentType, ContextType, RequireFields<QueryclaimSatisfactionArgs, 'from' | 'timeZone' | 'to'>>;
  claimStructure?: Resolver<ResolversTypes['ClaimStructure'], ParentType, ContextType, RequireFields<QueryclaimStructureArgs, 'from' | 'timeZone' | 'to'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, Partial<QueryclaimsArgs>>;
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType, RequireFields<QuerycontactCardArgs, 'id'>>;
  contactCardGroups?: Resolver<Array<ResolversTypes['ContactCardGroup']>, ParentType, ContextType>;
  contactCards?: Resolver<ResolversTypes['ContactCardConnection'], ParentType, ContextType, Partial<QuerycontactCardsArgs>>;
  contactsReport?: Resolver<ResolversTypes['ContactsReport'], ParentType, ContextType, RequireFields<QuerycontactsReportArgs, 'from' | 'to'>>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType, RequireFields<QuerycontractArgs, 'id'>>;
  contractTemplates?: Resolver<Array<ResolversTypes['ContractTemplate']>, ParentType, ContextType>;
  contracts?: Resolver<ResolversTypes['ContractConnection'], ParentType, ContextType, Partial<QuerycontractsArgs>>;
  counterparties?: Resolver<ResolversTypes['CounterpartyConnection'], ParentType, ContextType, Partial<QuerycounterpartiesArgs>>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType, RequireFields<QuerycounterpartyArgs, 'id'>>;
  counterpartyByExternalId?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType, RequireFields<QuerycounterpartyByExternalIdArgs, 'externalId'>>;
  counterpartyContactList?: Resolver<ResolversTypes['CounterpartyContactListConnection'], ParentType, ContextType, RequireFields<QuerycounterpartyContactListArgs, 'persons'>>;
  counterpartyGroups?: Resolver<Array<ResolversTypes['CounterpartyGroup']>, ParentType, ContextType>;
  counterpartyWorkHistory?: Resolver<ResolversTypes['WorkHistory'], ParentType, ContextType, RequireFields<QuerycounterpartyWorkHistoryArgs, 'bucket' | 'counterpartyId' | 'from' | 'to'>>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<QuerydealArgs, 'id'>>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, Partial<QuerydealsArgs>>;
  departments?: Resolver<ResolversTypes['DepartmentConnection'], ParentType, ContextType, Partial<QuerydepartmentsArgs>>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, Partial<QueryemployeesArgs>>;
  informationSources?: Resolver<ResolversTypes['InformationSourceConnection'], ParentType, ContextType, Partial<QueryinformationSourcesArgs>>;
  knowledgeArticles?: Resolver<ResolversTypes['KnowledgeArticleConnection'], ParentType, ContextType, Partial<QueryknowledgeArticlesArgs>>;
  lostReasons?: Resolver<Array<ResolversTypes['LostReason']>, ParentType, ContextType, Partial<QuerylostReasonsArgs>>;
  managerPerformance?: Resolver<Array<ResolversTypes['ManagerPerformanceRow']>, ParentType, ContextType, RequireFields<QuerymanagerPerformanceArgs, 'from' | 'to'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QuerynodesArgs, 'ids'>>;
  obligation?: Resolver<Maybe<ResolversTypes['Obligation']>, ParentType, ContextType, RequireFields<QueryobligationArgs, 'id'>>;
  obligations?: Resolver<ResolversTypes['ObligationConnection'], ParentType, ContextType, Partial<QueryobligationsArgs>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryorderArgs, 'id'>>;
  orderAnalysis?: Resolver<Maybe<ResolversTypes['OrderAnalysis']>, ParentType, ContextType, RequireFields<QueryorderAnalysisArgs, 'orderId'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<QueryordersArgs>>;
  parameterDefinitions?: Resolver<Array<ResolversTypes['ParameterDefinition']>, ParentType, ContextType>;
  partnerSalesActivity?: Resolver<Array<ResolversTypes['PartnerSalesActivityRow']>, ParentType, ContextType, RequireFields<QuerypartnerSalesActivityArgs, 'from' | 'timeZone' | 'to'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QuerypersonArgs, 'id'>>;
  personByExternalId?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QuerypersonByExternalIdArgs, 'externalId'>>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<QuerypersonsArgs>>;
  priceTypes?: Resolver<Array<ResolversTypes['PriceType']>, ParentType, ContextType, Partial<QuerypriceTypesArgs>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryproductArgs, 'id'>>;
  productByExternalId?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryproductByExternalIdArgs, 'externalId'>>;
  productGroups?: Resolver<Array<ResolversTypes['ProductGroup']>, ParentType, ContextType>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, Partial<QueryproductsArgs>>;
  recordHistory?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<QueryrecordHistoryArgs>>;
  salesAfterCampaign?: Resolver<ResolversTypes['SalesAfterCampaign'], ParentType, ContextType, RequireFields<QuerysalesAfterCampaignArgs, 'campaignId' | 'days'>>;
  salesFunnel?: Resolver<Array<ResolversTypes['SalesFunnel']>, ParentType, ContextType, RequireFields<QuerysalesFunnelArgs, 'byEmployee' | 'from' | 'timeZone' | 'to'>>;
  serviceCard?: Resolver<Maybe<ResolversTypes['ServiceCard']>, ParentType, ContextType, RequireFields<QueryserviceCardArgs, 'id'>>;
  serviceCardGroups?: Resolver<Array<ResolversTypes['ServiceCardGroup']>, ParentType, ContextType>;
  serviceCards?: Resolver<ResolversTypes['ServiceCardConnection'], ParentType, ContextType, Partial<QueryserviceCardsArgs>>;
  sourceAnalysis?: Resolver<Array<ResolversTypes['SourceAnalysisRow']>, ParentType, ContextType, RequireFields<QuerysourceAnalysisArgs, 'from' | 'groupBy' | 'to'>>;
  sourceEffectiveness?: Resolver<Array<ResolversTypes['SourceEffectivenessRow']>, ParentType, ContextType, RequireFields<QuerysourceEffectivenessArgs, 'from' | 'timeZone' | 'to'>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QuerytaskArgs, 'id'>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<QuerytasksArgs>>;
  timeEntries?: Resolver<ResolversTypes['TimeEntryConnection'], ParentType, ContextType, Partial<QuerytimeEntriesArgs>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
  webhookDeliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<QuerywebhookDeliveriesArgs>>;
  webhooks?: Resolver<ResolversTypes['WebhookConnection'], ParentType, ContextType, Partial<QuerywebhooksArgs>>;
  workTimeSummary?: Resolver<Array<ResolversTypes['WorkTimeSummaryRow']>, ParentType, ContextType, RequireFields<QueryworkTimeSummaryArgs, 'by' | 'from' | 'to'>>;
};

export type RegisterCallPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegisterCallPayload'] = ResolversParentTypes['RegisterCallPayload']> = {
  chronicleEntry?: Resolver<Maybe<ResolversTypes['ChronicleEntry']>, ParentType, ContextType>;
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RegisteredViaResolvers = EnumResolverSignature<{ PORTAL?: any, STAFF?: any }, ResolversTypes['RegisteredVia']>;

export type RemoveCampaignRecordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemoveCampaignRecordPayload'] = ResolversParentTypes['RemoveCampaignRecordPayload']> = {
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeApiKeyPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = {
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, MANAGER?: any, VIEWER?: any }, ResolversTypes['Role']>;

export type SalesAfterCampaignResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SalesAfterCampaign'] = ResolversParentTypes['SalesAfterCampaign']> = {
  afterFrom?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  afterTo?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  beforeFrom?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  beforeTo?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  byCurrency?: Resolver<Array<ResolversTypes['SalesComparison']>, ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  counterparties?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SalesComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SalesComparison'] = ResolversParentTypes['SalesComparison']> = {
  after?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  change?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  ordersAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ordersBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SalesFunnelResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SalesFunnel'] = ResolversParentTypes['SalesFunnel']> = {
  columns?: Resolver<Array<ResolversTypes['SalesFunnelColumn']>, ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['SalesFunnelResult']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['SalesFunnelStage']>, ParentType, ContextType>;
};

export type SalesFunnelColumnResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SalesFunnelColumn'] = ResolversParentTypes['SalesFunnelColumn']> = {
  amounts?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  column?: Resolver<ResolversTypes['DealColumn'], ParentType, ContextType>;
  conversion?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SalesFunnelResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SalesFunnelResult'] = ResolversParentTypes['SalesFunnelResult']> = {
  amounts?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['DealResult'], ParentType, ContextType>;
};

export type SalesFunnelStageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SalesFunnelStage'] = ResolversParentTypes['SalesFunnelStage']> = {
  amounts?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['DealStage'], ParentType, ContextType>;
};

export type SendEmailPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SendEmailPayload'] = ResolversParentTypes['SendEmailPayload']> = {
  chronicleEntry?: Resolver<Maybe<ResolversTypes['ChronicleEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ServiceCardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCard'] = ResolversParentTypes['ServiceCard']> = {
  archived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  engineer?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['ServiceCardGroup']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<ServiceCardhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interval?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  object?: Resolver<Maybe<ResolversTypes['CounterpartyObject']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  periodicity?: Resolver<ResolversTypes['ServicePeriodicity'], ParentType, ContextType>;
  plannedContacts?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceCardStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['ServiceVisit']>, ParentType, ContextType, Partial<ServiceCardvisitsArgs>>;
  workMode?: Resolver<ResolversTypes['WorkMode'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceCardConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCardConnection'] = ResolversParentTypes['ServiceCardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServiceCardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServiceCardEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCardEdge'] = ResolversParentTypes['ServiceCardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceCard'], ParentType, ContextType>;
};

export type ServiceCardGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCardGroup'] = ResolversParentTypes['ServiceCardGroup']> = {
  children?: Resolver<Array<ResolversTypes['ServiceCardGroup']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['ServiceCardGroup']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceCardGroupPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCardGroupPayload'] = ResolversParentTypes['ServiceCardGroupPayload']> = {
  group?: Resolver<Maybe<ResolversTypes['ServiceCardGroup']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ServiceCardPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceCardPayload'] = ResolversParentTypes['ServiceCardPayload']> = {
  serviceCard?: Resolver<Maybe<ResolversTypes['ServiceCard']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ServiceCardStatusResolvers = EnumResolverSignature<{ ACTIVE?: any, CLOSED?: any, SUSPENDED?: any }, ResolversTypes['ServiceCardStatus']>;

export type ServicePeriodicityResolvers = EnumResolverSignature<{ DAILY?: any, EVERY_N_DAYS?: any, EVERY_N_MONTHS?: any, EVERY_N_WEEKS?: any, HALF_YEARLY?: any, MONTHLY?: any, QUARTERLY?: any, WEEKLY?: any, YEARLY?: any }, ResolversTypes['ServicePeriodicity']>;

export type ServiceVisitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceVisit'] = ResolversParentTypes['ServiceVisit']> = {
  card?: Resolver<ResolversTypes['ServiceCard'], ParentType, ContextType>;
  chronicleEntry?: Resolver<Maybe<ResolversTypes['ChronicleEntry']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  durationMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  engineer?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['ServiceVisitOrigin'], ParentType, ContextType>;
  plannedDate?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  remindAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceVisitStatus'], ParentType, ContextType>;
  timeEntry?: Resolver<Maybe<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ServiceVisitOriginResolvers = EnumResolverSignature<{ GENERATED?: any, MANUAL?: any }, ResolversTypes['ServiceVisitOrigin']>;

export type ServiceVisitPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceVisitPayload'] = ResolversParentTypes['ServiceVisitPayload']> = {
  serviceVisit?: Resolver<Maybe<ResolversTypes['ServiceVisit']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ServiceVisitStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, DONE?: any, MISSED?: any, PLANNED?: any }, ResolversTypes['ServiceVisitStatus']>;

export type SettlementEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SettlementEvent'] = ResolversParentTypes['SettlementEvent']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SettlementEventKind'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type SettlementEventKindResolvers = EnumResolverSignature<{ PAYMENT?: any, SHIPMENT?: any }, ResolversTypes['SettlementEventKind']>;

export type SettlementsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Settlements'] = ResolversParentTypes['Settlements']> = {
  history?: Resolver<Array<ResolversTypes['SettlementEvent']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  receivable?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ShipmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<ShipmenthistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['ShipmentLine']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ShipmentLineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ShipmentLine'] = ResolversParentTypes['ShipmentLine']> = {
  orderLine?: Resolver<ResolversTypes['OrderLine'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type ShipmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ShipmentPayload'] = ResolversParentTypes['ShipmentPayload']> = {
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SortDirectionResolvers = EnumResolverSignature<{ ASC?: any, DESC?: any }, ResolversTypes['SortDirection']>;

export type SourceAnalysisGroupingResolvers = EnumResolverSignature<{ CAMPAIGN?: any, MONTH?: any, SOURCE?: any }, ResolversTypes['SourceAnalysisGrouping']>;

export type SourceAnalysisRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceAnalysisRow'] = ResolversParentTypes['SourceAnalysisRow']> = {
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  informationSource?: Resolver<ResolversTypes['InformationSource'], ParentType, ContextType>;
  month?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  newClients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sales?: Resolver<Array<ResolversTypes['SourceAnalysisSales']>, ParentType, ContextType>;
};

export type SourceAnalysisSalesResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceAnalysisSales'] = ResolversParentTypes['SourceAnalysisSales']> = {
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['Currency'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  profit?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  uncostedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type SourceEffectivenessRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourceEffectivenessRow'] = ResolversParentTypes['SourceEffectivenessRow']> = {
  campaigns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contacts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cost?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  dealsWon?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  informationSource?: Resolver<ResolversTypes['InformationSource'], ParentType, ContextType>;
  newClients?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  newContactCards?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  profit?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
  revenue?: Resolver<Array<ResolversTypes['CurrencyAmount']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  appealChanged?: SubscriptionResolver<ResolversTypes['AppealChange'], "appealChanged", ParentType, ContextType, RequireFields<SubscriptionappealChangedArgs, 'counterpartyId'>>;
  chronicleChanged?: SubscriptionResolver<ResolversTypes['ChronicleEntryChange'], "chronicleChanged", ParentType, ContextType, RequireFields<SubscriptionchronicleChangedArgs, 'counterpartyId'>>;
  claimChanged?: SubscriptionResolver<ResolversTypes['ClaimChange'], "claimChanged", ParentType, ContextType, RequireFields<SubscriptionclaimChangedArgs, 'counterpartyId'>>;
  notificationAdded?: SubscriptionResolver<ResolversTypes['Notification'], "notificationAdded", ParentType, ContextType>;
};

export type TaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = {
  appeal?: Resolver<Maybe<ResolversTypes['Appeal']>, ParentType, ContextType>;
  assignees?: Resolver<Array<ResolversTypes['Employee']>, ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  contactCard?: Resolver<Maybe<ResolversTypes['ContactCard']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  externalId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['HistoryEntryConnection'], ParentType, ContextType, Partial<TaskhistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importance?: Resolver<ResolversTypes['Importance'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remindAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
};

export type TaskPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskPayload'] = ResolversParentTypes['TaskPayload']> = {
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type TaskStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, DONE?: any, OPEN?: any }, ResolversTypes['TaskStatus']>;

export type TimeEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeEntry'] = ResolversParentTypes['TimeEntry']> = {
  appeal?: Resolver<Maybe<ResolversTypes['Appeal']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['LocalDate'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serviceVisit?: Resolver<Maybe<ResolversTypes['ServiceVisit']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TimeEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeEntryConnection'] = ResolversParentTypes['TimeEntryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimeEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimeEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeEntryEdge'] = ResolversParentTypes['TimeEntryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimeEntry'], ParentType, ContextType>;
};

export type TimeEntryPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimeEntryPayload'] = ResolversParentTypes['TimeEntryPayload']> = {
  timeEntry?: Resolver<Maybe<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface URLScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserErrorCodeResolvers = EnumResolverSignature<{ AGREEMENT_NOT_FOR_COUNTERPARTY?: any, AGREEMENT_NOT_USABLE?: any, CONTENT_TYPE_MISMATCH?: any, CONTRACT_NOT_IN_FORCE?: any, CONTRACT_NOT_USABLE?: any, CONTRACT_REQUIRED?: any, CURRENCY_MISMATCH?: any, CYCLE?: any, DELIVERY_TOO_LATE?: any, DISCOUNT_EXCEEDED?: any, DUPLICATE?: any, INVALID?: any, INVALID_STATE?: any, NOT_CONFIGURED?: any, NOT_EMPTY?: any, NOT_FOUND?: any, OUT_OF_RANGE?: any, PREPAYMENT_REQUIRED?: any, PRICE_MISMATCH?: any, REQUIRED?: any, TOO_LARGE?: any, TOO_LONG?: any, WRONG_TYPE?: any }, ResolversTypes['UserErrorCode']>;

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  notifications?: Resolver<ResolversTypes['NotificationConnection'], ParentType, ContextType, RequireFields<ViewernotificationsArgs, 'unreadOnly'>>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unreadNotificationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consecutiveFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kinds?: Resolver<Maybe<Array<ResolversTypes['ChangeKind']>>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['ChangeTopic']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookConnection'] = ResolversParentTypes['WebhookConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  lastAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['ChangeTopic'], ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookDeliveryStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, DELIVERED?: any, FAILED?: any, PENDING?: any }, ResolversTypes['WebhookDeliveryStatus']>;

export type WebhookEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookEdge'] = ResolversParentTypes['WebhookEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export type WebhookPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookPayload'] = ResolversParentTypes['WebhookPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
};

export type WebhookSecretPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WebhookSecretPayload'] = ResolversParentTypes['WebhookSecretPayload']> = {
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType>;
};

export type WorkHistoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkHistory'] = ResolversParentTypes['WorkHistory']> = {
  bucket?: Resolver<ResolversTypes['WorkHistoryBucket'], ParentType, ContextType>;
  counterparty?: Resolver<ResolversTypes['Counterparty'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['WorkHistoryPeriod']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['WorkHistoryPeriod'], ParentType, ContextType>;
};

export type WorkHistoryBucketResolvers = EnumResolverSignature<{ MONTH?: any, QUARTER?: any, YEAR?: any }, ResolversTypes['WorkHistoryBucket']>;

export type WorkHistoryClaimsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkHistoryClaims'] = ResolversParentTypes['WorkHistoryClaims']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ClaimStatus'], ParentType, ContextType>;
};

export type WorkHistoryPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkHistoryPeriod'] = ResolversParentTypes['WorkHistoryPeriod']> = {
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

export type WorkModeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkMode'] = ResolversParentTypes['WorkMode']> = {
  holidays?: Resolver<Array<ResolversTypes['LocalDate']>, ParentType, ContextType>;
  workingWeekdays?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WorkTimeGroupingResolvers = EnumResolverSignature<{ COUNTERPARTY?: any, EMPLOYEE?: any }, ResolversTypes['WorkTimeGrouping']>;

export type WorkTimePeriodResolvers = EnumResolverSignature<{ DAY?: any, MONTH?: any, WEEK?: any }, ResolversTypes['WorkTimePeriod']>;

export type WorkTimeSummaryRowResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WorkTimeSummaryRow'] = ResolversParentTypes['WorkTimeSummaryRow']> = {
  counterparty?: Resolver<Maybe<ResolversTypes['Counterparty']>, ParentType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['LocalDate']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Address?: AddressResolvers<ContextType>;
  AddressKind?: AddressKindResolvers;
  Agreement?: AgreementResolvers<ContextType>;
  AgreementConnection?: AgreementConnectionResolvers<ContextType>;
  AgreementEdge?: AgreementEdgeResolvers<ContextType>;
  AgreementKind?: AgreementKindResolvers;
  AgreementPayload?: AgreementPayloadResolvers<ContextType>;
  AgreementStatus?: AgreementStatusResolvers;
  AgreementTermName?: AgreementTermNameResolvers;
  AgreementTerms?: AgreementTermsResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyRole?: ApiKeyRoleResolvers;
  Appeal?: AppealResolvers<ContextType>;
  AppealAction?: AppealActionResolvers<ContextType>;
  AppealActionKind?: AppealActionKindResolvers;
  AppealChange?: AppealChangeResolvers<ContextType>;
  AppealConnection?: AppealConnectionResolvers<ContextType>;
  AppealEdge?: AppealEdgeResolvers<ContextType>;
  AppealPayload?: AppealPayloadResolvers<ContextType>;
  AppealStatus?: AppealStatusResolvers;
  AppealType?: AppealTypeResolvers<ContextType>;
  AppealTypePayload?: AppealTypePayloadResolvers<ContextType>;
  AppealWorkPayload?: AppealWorkPayloadResolvers<ContextType>;
  Attachment?: AttachmentResolvers<ContextType>;
  AttachmentPayload?: AttachmentPayloadResolvers<ContextType>;
  AttachmentUploadUrlPayload?: AttachmentUploadUrlPayloadResolvers<ContextType>;
  Audited?: AuditedResolvers<ContextType>;
  BankAccount?: BankAccountResolvers<ContextType>;
  CalendarConnection?: CalendarConnectionResolvers<ContextType>;
  CalendarEdge?: CalendarEdgeResolvers<ContextType>;
  CalendarEvent?: CalendarEventResolvers<ContextType>;
  CalendarEventKind?: CalendarEventKindResolvers;
  CalendarEventState?: CalendarEventStateResolvers;
  CallLogRow?: CallLogRowResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  CampaignEffectivenessRow?: CampaignEffectivenessRowResolvers<ContextType>;
  CampaignExpense?: CampaignExpenseResolvers<ContextType>;
  CampaignExpenseConnection?: CampaignExpenseConnectionResolvers<ContextType>;
  CampaignExpenseEdge?: CampaignExpenseEdgeResolvers<ContextType>;
  CampaignExpensePayload?: CampaignExpensePayloadResolvers<ContextType>;
  CampaignGroup?: CampaignGroupResolvers<ContextType>;
  CampaignGroupPayload?: CampaignGroupPayloadResolvers<ContextType>;
  CampaignKind?: CampaignKindResolvers;
  CampaignMaterial?: CampaignMaterialResolvers<ContextType>;
  CampaignMaterialConnection?: CampaignMaterialConnectionResolvers<ContextType>;
  CampaignMaterialEdge?: CampaignMaterialEdgeResolvers<ContextType>;
  CampaignMaterialPayload?: CampaignMaterialPayloadResolvers<ContextType>;
  CampaignParticipant?: CampaignParticipantResolvers<ContextType>;
  CampaignParticipantConnection?: CampaignParticipantConnectionResolvers<ContextType>;
  CampaignParticipantEdge?: CampaignParticipantEdgeResolvers<ContextType>;
  CampaignParticipantPayload?: CampaignParticipantPayloadResolvers<ContextType>;
  CampaignPayload?: CampaignPayloadResolvers<ContextType>;
  CampaignRevenue?: CampaignRevenueResolvers<ContextType>;
  CampaignRevenueConnection?: CampaignRevenueConnectionResolvers<ContextType>;
  CampaignRevenueEdge?: CampaignRevenueEdgeResolvers<ContextType>;
  CampaignRevenuePayload?: CampaignRevenuePayloadResolvers<ContextType>;
  CampaignStatus?: CampaignStatusResolvers;
  ChangeKind?: ChangeKindResolvers;
  ChangeTopic?: ChangeTopicResolvers;
  ChronicleEntry?: ChronicleEntryResolvers<ContextType>;
  ChronicleEntryChange?: ChronicleEntryChangeResolvers<ContextType>;
  ChronicleEntryConnection?: ChronicleEntryConnectionResolvers<ContextType>;
  ChronicleEntryEdge?: ChronicleEntryEdgeResolvers<ContextType>;
  ChronicleEntryPayload?: ChronicleEntryPayloadResolvers<ContextType>;
  ChronicleKind?: ChronicleKindResolvers;
  ChronicleStatus?: ChronicleStatusResolvers;
  Claim?: ClaimResolvers<ContextType>;
  ClaimAmounts?: ClaimAmountsResolvers<ContextType>;
  ClaimCause?: ClaimCauseResolvers<ContextType>;
  ClaimCausePayload?: ClaimCausePayloadResolvers<ContextType>;
  ClaimChange?: ClaimChangeResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimDynamicsRow?: ClaimDynamicsRowResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimPayload?: ClaimPayloadResolvers<ContextType>;
  ClaimSatisfactionRow?: ClaimSatisfactionRowResolvers<ContextType>;
  ClaimStatus?: ClaimStatusResolvers;
  ClaimStructure?: ClaimStructureResolvers<ContextType>;
  ClaimStructureRow?: ClaimStructureRowResolvers<ContextType>;
  ClaimSummary?: ClaimSummaryResolvers<ContextType>;
  CompanySize?: CompanySizeResolvers;
  CompetitorShare?: CompetitorShareResolvers<ContextType>;
  ContactCard?: ContactCardResolvers<ContextType>;
  ContactCardConnection?: ContactCardConnectionResolvers<ContextType>;
  ContactCardDuplicate?: ContactCardDuplicateResolvers<ContextType>;
  ContactCardEdge?: ContactCardEdgeResolvers<ContextType>;
  ContactCardGroup?: ContactCardGroupResolvers<ContextType>;
  ContactCardGroupPayload?: ContactCardGroupPayloadResolvers<ContextType>;
  ContactCardPayload?: ContactCardPayloadResolvers<ContextType>;
  ContactCardPerson?: ContactCardPersonResolvers<ContextType>;
  ContactChannel?: ContactChannelResolvers;
  ContactDirection?: ContactDirectionResolvers;
  ContactKind?: ContactKindResolvers;
  ContactsReport?: ContactsReportResolvers<ContextType>;
  ContactsReportGrouping?: ContactsReportGroupingResolvers;
  ContactsReportRow?: ContactsReportRowResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  ContractConnection?: ContractConnectionResolvers<ContextType>;
  ContractEdge?: ContractEdgeResolvers<ContextType>;
  ContractLine?: ContractLineResolvers<ContextType>;
  ContractPayload?: ContractPayloadResolvers<ContextType>;
  ContractStatus?: ContractStatusResolvers;
  ContractTemplate?: ContractTemplateResolvers<ContextType>;
  ContractTemplatePayload?: ContractTemplatePayloadResolvers<ContextType>;
  ConvertContactCardPayload?: ConvertContactCardPayloadResolvers<ContextType>;
  Counterparty?: CounterpartyResolvers<ContextType>;
  CounterpartyConnection?: CounterpartyConnectionResolvers<ContextType>;
  CounterpartyContactListConnection?: CounterpartyContactListConnectionResolvers<ContextType>;
  CounterpartyContactListEdge?: CounterpartyContactListEdgeResolvers<ContextType>;
  CounterpartyContactListEntry?: CounterpartyContactListEntryResolvers<ContextType>;
  CounterpartyContactListPerson?: CounterpartyContactListPersonResolvers<ContextType>;
  CounterpartyContactListPersons?: CounterpartyContactListPersonsResolvers;
  CounterpartyEdge?: CounterpartyEdgeResolvers<ContextType>;
  CounterpartyGroup?: CounterpartyGroupResolvers<ContextType>;
  CounterpartyGroupPayload?: CounterpartyGroupPayloadResolvers<ContextType>;
  CounterpartyKind?: CounterpartyKindResolvers;
  CounterpartyObject?: CounterpartyObjectResolvers<ContextType>;
  CounterpartyObjectPayload?: CounterpartyObjectPayloadResolvers<ContextType>;
  CounterpartyOrderField?: CounterpartyOrderFieldResolvers;
  CounterpartyPayload?: CounterpartyPayloadResolvers<ContextType>;
  CounterpartyRole?: CounterpartyRoleResolvers;
  CountryCode?: GraphQLScalarType;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreatePartnerApiKeyPayload?: CreatePartnerApiKeyPayloadResolvers<ContextType>;
  Currency?: GraphQLScalarType;
  CurrencyAmount?: CurrencyAmountResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Deal?: DealResolvers<ContextType>;
  DealColumn?: DealColumnResolvers;
  DealConnection?: DealConnectionResolvers<ContextType>;
  DealEdge?: DealEdgeResolvers<ContextType>;
  DealMove?: DealMoveResolvers<ContextType>;
  DealMoveKind?: DealMoveKindResolvers;
  DealPayload?: DealPayloadResolvers<ContextType>;
  DealResult?: DealResultResolvers;
  DealStage?: DealStageResolvers;
  Decimal?: GraphQLScalarType;
  DeleteAppealTypePayload?: DeleteAppealTypePayloadResolvers<ContextType>;
  DeleteAttachmentPayload?: DeleteAttachmentPayloadResolvers<ContextType>;
  DeleteCampaignGroupPayload?: DeleteCampaignGroupPayloadResolvers<ContextType>;
  DeleteClaimCausePayload?: DeleteClaimCausePayloadResolvers<ContextType>;
  DeleteContactCardGroupPayload?: DeleteContactCardGroupPayloadResolvers<ContextType>;
  DeleteCounterpartyGroupPayload?: DeleteCounterpartyGroupPayloadResolvers<ContextType>;
  DeleteCounterpartyObjectPayload?: DeleteCounterpartyObjectPayloadResolvers<ContextType>;
  DeletePricePayload?: DeletePricePayloadResolvers<ContextType>;
  DeleteProductGroupPayload?: DeleteProductGroupPayloadResolvers<ContextType>;
  DeleteServiceCardGroupPayload?: DeleteServiceCardGroupPayloadResolvers<ContextType>;
  DeleteTimeEntryPayload?: DeleteTimeEntryPayloadResolvers<ContextType>;
  DeleteWebhookPayload?: DeleteWebhookPayloadResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentConnection?: DepartmentConnectionResolvers<ContextType>;
  DepartmentEdge?: DepartmentEdgeResolvers<ContextType>;
  DepartmentPayload?: DepartmentPayloadResolvers<ContextType>;
  DuplicateKey?: DuplicateKeyResolvers<ContextType>;
  DuplicateKeyKind?: DuplicateKeyKindResolvers;
  Email?: EmailResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  EmailMessage?: EmailMessageResolvers<ContextType>;
  EmailStatus?: EmailStatusResolvers;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  EmployeePayload?: EmployeePayloadResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  GroupDiscount?: GroupDiscountResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  HistoryEntryConnection?: HistoryEntryConnectionResolvers<ContextType>;
  HistoryEntryEdge?: HistoryEntryEdgeResolvers<ContextType>;
  HistoryOperation?: HistoryOperationResolvers;
  ImportMode?: ImportModeResolvers;
  ImportPayload?: ImportPayloadResolvers<ContextType>;
  ImportRowResult?: ImportRowResultResolvers<ContextType>;
  ImportRowStatus?: ImportRowStatusResolvers;
  Importance?: ImportanceResolvers;
  ImportantDate?: ImportantDateResolvers<ContextType>;
  InformationSource?: InformationSourceResolvers<ContextType>;
  InformationSourceConnection?: InformationSourceConnectionResolvers<ContextType>;
  InformationSourceEdge?: InformationSourceEdgeResolvers<ContextType>;
  InformationSourcePayload?: InformationSourcePayloadResolvers<ContextType>;
  InvitationStatus?: InvitationStatusResolvers;
  JSON?: GraphQLScalarType;
  KnowledgeArticle?: KnowledgeArticleResolvers<ContextType>;
  KnowledgeArticleConnection?: KnowledgeArticleConnectionResolvers<ContextType>;
  KnowledgeArticleEdge?: KnowledgeArticleEdgeResolvers<ContextType>;
  KnowledgeArticlePayload?: KnowledgeArticlePayloadResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  LostReason?: LostReasonResolvers<ContextType>;
  LostReasonPayload?: LostReasonPayloadResolvers<ContextType>;
  ManagerPerformanceRow?: ManagerPerformanceRowResolvers<ContextType>;
  MarkNotificationsReadPayload?: MarkNotificationsReadPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Notification?: NotificationResolvers<ContextType>;
  NotificationConnection?: NotificationConnectionResolvers<ContextType>;
  NotificationEdge?: NotificationEdgeResolvers<ContextType>;
  NotificationKind?: NotificationKindResolvers;
  Obligation?: ObligationResolvers<ContextType>;
  ObligationConnection?: ObligationConnectionResolvers<ContextType>;
  ObligationDebtor?: ObligationDebtorResolvers;
  ObligationEdge?: ObligationEdgeResolvers<ContextType>;
  ObligationFulfilment?: ObligationFulfilmentResolvers<ContextType>;
  ObligationFulfilmentSource?: ObligationFulfilmentSourceResolvers;
  ObligationKind?: ObligationKindResolvers;
  ObligationPayload?: ObligationPayloadResolvers<ContextType>;
  ObligationStatus?: ObligationStatusResolvers;
  Order?: OrderResolvers<ContextType>;
  OrderAnalysis?: OrderAnalysisResolvers<ContextType>;
  OrderAnalysisLine?: OrderAnalysisLineResolvers<ContextType>;
  OrderAnalysisMovement?: OrderAnalysisMovementResolvers<ContextType>;
  OrderAnalysisObligation?: OrderAnalysisObligationResolvers<ContextType>;
  OrderAnalysisSettlements?: OrderAnalysisSettlementsResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderPayload?: OrderPayloadResolvers<ContextType>;
  OrderProgress?: OrderProgressResolvers;
  OrderStatus?: OrderStatusResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParameterDefinition?: ParameterDefinitionResolvers<ContextType>;
  ParameterDefinitionPayload?: ParameterDefinitionPayloadResolvers<ContextType>;
  ParameterType?: ParameterTypeResolvers;
  ParameterValue?: ParameterValueResolvers<ContextType>;
  PartnerSalesActivityRow?: PartnerSalesActivityRowResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentBasis?: PaymentBasisResolvers;
  PaymentMethod?: PaymentMethodResolvers;
  PaymentPayload?: PaymentPayloadResolvers<ContextType>;
  PaymentStage?: PaymentStageResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonPayload?: PersonPayloadResolvers<ContextType>;
  PersonPosition?: PersonPositionResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  Price?: PriceResolvers<ContextType>;
  PricePayload?: PricePayloadResolvers<ContextType>;
  PriceType?: PriceTypeResolvers<ContextType>;
  PriceTypePayload?: PriceTypePayloadResolvers<ContextType>;
  PriceTypePurpose?: PriceTypePurposeResolvers;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductGroup?: ProductGroupResolvers<ContextType>;
  ProductGroupPayload?: ProductGroupPayloadResolvers<ContextType>;
  ProductOrderField?: ProductOrderFieldResolvers;
  ProductPayload?: ProductPayloadResolvers<ContextType>;
  ProductRelationKind?: ProductRelationKindResolvers;
  ProductType?: ProductTypeResolvers;
  Query?: QueryResolvers<ContextType>;
  RegisterCallPayload?: RegisterCallPayloadResolvers<ContextType>;
  RegisteredVia?: RegisteredViaResolvers;
  RemoveCampaignRecordPayload?: RemoveCampaignRecordPayloadResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  SalesAfterCampaign?: SalesAfterCampaignResolvers<ContextType>;
  SalesComparison?: SalesComparisonResolvers<ContextType>;
  SalesFunnel?: SalesFunnelResolvers<ContextType>;
  SalesFunnelColumn?: SalesFunnelColumnResolvers<ContextType>;
  SalesFunnelResult?: SalesFunnelResultResolvers<ContextType>;
  SalesFunnelStage?: SalesFunnelStageResolvers<ContextType>;
  SendEmailPayload?: SendEmailPayloadResolvers<ContextType>;
  ServiceCard?: ServiceCardResolvers<ContextType>;
  ServiceCardConnection?: ServiceCardConnectionResolvers<ContextType>;
  ServiceCardEdge?: ServiceCardEdgeResolvers<ContextType>;
  ServiceCardGroup?: ServiceCardGroupResolvers<ContextType>;
  ServiceCardGroupPayload?: ServiceCardGroupPayloadResolvers<ContextType>;
  ServiceCardPayload?: ServiceCardPayloadResolvers<ContextType>;
  ServiceCardStatus?: ServiceCardStatusResolvers;
  ServicePeriodicity?: ServicePeriodicityResolvers;
  ServiceVisit?: ServiceVisitResolvers<ContextType>;
  ServiceVisitOrigin?: ServiceVisitOriginResolvers;
  ServiceVisitPayload?: ServiceVisitPayloadResolvers<ContextType>;
  ServiceVisitStatus?: ServiceVisitStatusResolvers;
  SettlementEvent?: SettlementEventResolvers<ContextType>;
  SettlementEventKind?: SettlementEventKindResolvers;
  Settlements?: SettlementsResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentLine?: ShipmentLineResolvers<ContextType>;
  ShipmentPayload?: ShipmentPayloadResolvers<ContextType>;
  SortDirection?: SortDirectionResolvers;
  SourceAnalysisGrouping?: SourceAnalysisGroupingResolvers;
  SourceAnalysisRow?: SourceAnalysisRowResolvers<ContextType>;
  SourceAnalysisSales?: SourceAnalysisSalesResolvers<ContextType>;
  SourceEffectivenessRow?: SourceEffectivenessRowResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  TaskStatus?: TaskStatusResolvers;
  TimeEntry?: TimeEntryResolvers<ContextType>;
  TimeEntryConnection?: TimeEntryConnectionResolvers<ContextType>;
  TimeEntryEdge?: TimeEntryEdgeResolvers<ContextType>;
  TimeEntryPayload?: TimeEntryPayloadResolvers<ContextType>;
  URL?: GraphQLScalarType;
  Upload?: GraphQLScalarType;
  UserError?: UserErrorResolvers<ContextType>;
  UserErrorCode?: UserErrorCodeResolvers;
  Viewer?: ViewerResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookConnection?: WebhookConnectionResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryStatus?: WebhookDeliveryStatusResolvers;
  WebhookEdge?: WebhookEdgeResolvers<ContextType>;
  WebhookPayload?: WebhookPayloadResolvers<ContextType>;
  WebhookSecretPayload?: WebhookSecretPayloadResolvers<ContextType>;
  WorkHistory?: WorkHistoryResolvers<ContextType>;
  WorkHistoryBucket?: WorkHistoryBucketResolvers;
  WorkHistoryClaims?: WorkHistoryClaimsResolvers<ContextType>;
  WorkHistoryPeriod?: WorkHistoryPeriodResolvers<ContextType>;
  WorkMode?: WorkModeResolvers<ContextType>;
  WorkTimeGrouping?: WorkTimeGroupingResolvers;
  WorkTimePeriod?: WorkTimePeriodResolvers;
  WorkTimeSummaryRow?: WorkTimeSummaryRowResolvers<ContextType>;
};

