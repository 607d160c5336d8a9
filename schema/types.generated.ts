import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DepartmentMapper, DepartmentConnectionMapper, EmployeeMapper, EmployeeConnectionMapper, InformationSourceMapper, InformationSourceConnectionMapper } from './catalogues/schema.mappers';
import type { ViewerMapper } from './base/schema.mappers';
import type { Context } from '../src/context';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
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
  /** A calendar date without time or zone, ISO 8601, e.g. `2026-11-22`. */
  LocalDate: { input: string; output: string; }
  /** An absolute URL, e.g. `https://example.com`. */
  URL: { input: URL; output: URL | string; }
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
  /** Full name, at most 200 characters. */
  fullName: Scalars['String']['input'];
  /** Work phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Job title. */
  position?: InputMaybe<Scalars['String']['input']>;
  /** IANA time zone, e.g. `Europe/Warsaw`; default UTC. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
};

/** A new information source. */
export type CreateInformationSourceInput = {
  /** Longer explanation. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, unique, at most 200 characters. */
  name: Scalars['String']['input'];
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
  /** Full name as it is shown. */
  fullName: Scalars['String']['output'];
  /** Global id. */
  id: Scalars['ID']['output'];
  /** Work phone. */
  phone: Maybe<Scalars['String']['output']>;
  /** Job title. */
  position: Maybe<Scalars['String']['output']>;
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

/**
 * The root of every change. Each mutation takes one `input` and returns a payload with the record
 * and `userErrors`; a mutation that reports user errors has written nothing.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Does nothing; lets modules extend the type. Always true. */
  _noop: Maybe<Scalars['Boolean']['output']>;
  /** Adds a department. */
  createDepartment: DepartmentPayload;
  /** Adds an employee. */
  createEmployee: EmployeePayload;
  /** Adds an information source. */
  createInformationSource: InformationSourcePayload;
  /** Changes a department; only the fields given change. */
  updateDepartment: DepartmentPayload;
  /** Changes an employee; only the fields given change. */
  updateEmployee: EmployeePayload;
  /** Changes an information source; only the fields given change. */
  updateInformationSource: InformationSourcePayload;
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
export type MutationcreateInformationSourceArgs = {
  input: CreateInformationSourceInput;
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

/** An object with a global id, fetchable through `node` and `nodes`. */
export type Node = {
  /** Global id: opaque, stable, and unique across all types. */
  id: Scalars['ID']['output'];
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

/** The root of every read. Modules add their fields with `extend type Query`. */
export type Query = {
  __typename?: 'Query';
  /** Departments of the company, by name. */
  departments: DepartmentConnection;
  /** Employees of the company, by name. */
  employees: EmployeeConnection;
  /** Information sources (where clients learn about the company), by name. */
  informationSources: InformationSourceConnection;
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
  /** The API key making this request and what it may do. */
  viewer: Viewer;
};


/** The root of every read. Modules add their fields with `extend type Query`. */
export type QuerydepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. Modules add their fields with `extend type Query`. */
export type QueryemployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<EmployeeFilter>;
};


/** The root of every read. Modules add their fields with `extend type Query`. */
export type QueryinformationSourcesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** The root of every read. Modules add their fields with `extend type Query`. */
export type QuerynodeArgs = {
  id: Scalars['ID']['input'];
};


/** The root of every read. Modules add their fields with `extend type Query`. */
export type QuerynodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** What an API key may do. */
export type Role =
  /** Everything, including managing API keys. */
  | 'ADMIN'
  /** Read and change the register. */
  | 'MANAGER'
  /** Read only. */
  | 'VIEWER';

/** Sort direction. */
export type SortDirection =
  /** Smallest first: A to Z, oldest first. */
  | 'ASC'
  /** Largest first: Z to A, newest first. */
  | 'DESC';

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
  /** The change would make a tree contain a cycle. */
  | 'CYCLE'
  /** A value that must be unique is already taken. */
  | 'DUPLICATE'
  /** A value is not in the expected format. */
  | 'INVALID'
  /** The record's current state does not allow this change. */
  | 'INVALID_STATE'
  /** The record still has dependent records and cannot be deleted. */
  | 'NOT_EMPTY'
  /** A referenced record does not exist. */
  | 'NOT_FOUND'
  /** A number or date is outside the allowed range. */
  | 'OUT_OF_RANGE'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** A text is longer than allowed. */
  | 'TOO_LONG'
  /** An id names a record of another type than the field expects. */
  | 'WRONG_TYPE';

/** The caller: the API key a request was made with. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The employee the key acts for, if it was issued to one. */
  employee: Maybe<Employee>;
  /** Role of the key. */
  role: Role;
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
    | ( DepartmentMapper & { __typename: 'Department' } )
    | ( EmployeeMapper & { __typename: 'Employee' } )
    | ( InformationSourceMapper & { __typename: 'InformationSource' } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CountryCode: ResolverTypeWrapper<Scalars['CountryCode']['output']>;
  CreateDepartmentInput: CreateDepartmentInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateEmployeeInput: CreateEmployeeInput;
  CreateInformationSourceInput: CreateInformationSourceInput;
  Currency: ResolverTypeWrapper<Scalars['Currency']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  Department: ResolverTypeWrapper<DepartmentMapper>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  DepartmentConnection: ResolverTypeWrapper<DepartmentConnectionMapper>;
  DepartmentEdge: ResolverTypeWrapper<Omit<DepartmentEdge, 'node'> & { node: ResolversTypes['Department'] }>;
  DepartmentPayload: ResolverTypeWrapper<Omit<DepartmentPayload, 'department' | 'userErrors'> & { department?: Maybe<ResolversTypes['Department']>, userErrors: Array<ResolversTypes['UserError']> }>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  Employee: ResolverTypeWrapper<EmployeeMapper>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  EmployeeConnection: ResolverTypeWrapper<EmployeeConnectionMapper>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeeFilter: EmployeeFilter;
  EmployeePayload: ResolverTypeWrapper<Omit<EmployeePayload, 'employee' | 'userErrors'> & { employee?: Maybe<ResolversTypes['Employee']>, userErrors: Array<ResolversTypes['UserError']> }>;
  InformationSource: ResolverTypeWrapper<InformationSourceMapper>;
  InformationSourceConnection: ResolverTypeWrapper<InformationSourceConnectionMapper>;
  InformationSourceEdge: ResolverTypeWrapper<Omit<InformationSourceEdge, 'node'> & { node: ResolversTypes['InformationSource'] }>;
  InformationSourcePayload: ResolverTypeWrapper<Omit<InformationSourcePayload, 'informationSource' | 'userErrors'> & { informationSource?: Maybe<ResolversTypes['InformationSource']>, userErrors: Array<ResolversTypes['UserError']> }>;
  LocalDate: ResolverTypeWrapper<Scalars['LocalDate']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: ResolverTypeWrapper<'ADMIN' | 'MANAGER' | 'VIEWER'>;
  SortDirection: ResolverTypeWrapper<'ASC' | 'DESC'>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UpdateInformationSourceInput: UpdateInformationSourceInput;
  UserError: ResolverTypeWrapper<Omit<UserError, 'code'> & { code: ResolversTypes['UserErrorCode'] }>;
  UserErrorCode: ResolverTypeWrapper<'REQUIRED' | 'INVALID' | 'TOO_LONG' | 'OUT_OF_RANGE' | 'NOT_FOUND' | 'WRONG_TYPE' | 'DUPLICATE' | 'CYCLE' | 'NOT_EMPTY' | 'INVALID_STATE'>;
  Viewer: ResolverTypeWrapper<ViewerMapper>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CountryCode: Scalars['CountryCode']['output'];
  CreateDepartmentInput: CreateDepartmentInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CreateEmployeeInput: CreateEmployeeInput;
  CreateInformationSourceInput: CreateInformationSourceInput;
  Currency: Scalars['Currency']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Department: DepartmentMapper;
  Int: Scalars['Int']['output'];
  DepartmentConnection: DepartmentConnectionMapper;
  DepartmentEdge: Omit<DepartmentEdge, 'node'> & { node: ResolversParentTypes['Department'] };
  DepartmentPayload: Omit<DepartmentPayload, 'department' | 'userErrors'> & { department?: Maybe<ResolversParentTypes['Department']>, userErrors: Array<ResolversParentTypes['UserError']> };
  EmailAddress: Scalars['EmailAddress']['output'];
  Employee: EmployeeMapper;
  Boolean: Scalars['Boolean']['output'];
  EmployeeConnection: EmployeeConnectionMapper;
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeeFilter: EmployeeFilter;
  EmployeePayload: Omit<EmployeePayload, 'employee' | 'userErrors'> & { employee?: Maybe<ResolversParentTypes['Employee']>, userErrors: Array<ResolversParentTypes['UserError']> };
  InformationSource: InformationSourceMapper;
  InformationSourceConnection: InformationSourceConnectionMapper;
  InformationSourceEdge: Omit<InformationSourceEdge, 'node'> & { node: ResolversParentTypes['InformationSource'] };
  InformationSourcePayload: Omit<InformationSourcePayload, 'informationSource' | 'userErrors'> & { informationSource?: Maybe<ResolversParentTypes['InformationSource']>, userErrors: Array<ResolversParentTypes['UserError']> };
  LocalDate: Scalars['LocalDate']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  URL: Scalars['URL']['output'];
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UpdateInformationSourceInput: UpdateInformationSourceInput;
  UserError: UserError;
  Viewer: ViewerMapper;
};

export interface CountryCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['CountryCode'], any> {
  name: 'CountryCode';
}

export interface CurrencyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Currency'], any> {
  name: 'Currency';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

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

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type EmployeeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = {
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  email?: Resolver<ResolversTypes['EmailAddress'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export interface LocalDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['LocalDate'], any> {
  name: 'LocalDate';
}

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  _noop?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  createDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationcreateDepartmentArgs, 'input'>>;
  createEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationcreateEmployeeArgs, 'input'>>;
  createInformationSource?: Resolver<ResolversTypes['InformationSourcePayload'], ParentType, ContextType, RequireFields<MutationcreateInformationSourceArgs, 'input'>>;
  updateDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationupdateDepartmentArgs, 'input'>>;
  updateEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationupdateEmployeeArgs, 'input'>>;
  updateInformationSource?: Resolver<ResolversTypes['InformationSourcePayload'], ParentType, ContextType, RequireFields<MutationupdateInformationSourceArgs, 'input'>>;
};

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType?: TypeResolveFn<'Department' | 'Employee' | 'InformationSource', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  departments?: Resolver<ResolversTypes['DepartmentConnection'], ParentType, ContextType, Partial<QuerydepartmentsArgs>>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, Partial<QueryemployeesArgs>>;
  informationSources?: Resolver<ResolversTypes['InformationSourceConnection'], ParentType, ContextType, Partial<QueryinformationSourcesArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QuerynodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QuerynodesArgs, 'ids'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RoleResolvers = EnumResolverSignature<{ ADMIN?: any, MANAGER?: any, VIEWER?: any }, ResolversTypes['Role']>;

export type SortDirectionResolvers = EnumResolverSignature<{ ASC?: any, DESC?: any }, ResolversTypes['SortDirection']>;

export interface URLScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UserErrorCodeResolvers = EnumResolverSignature<{ CYCLE?: any, DUPLICATE?: any, INVALID?: any, INVALID_STATE?: any, NOT_EMPTY?: any, NOT_FOUND?: any, OUT_OF_RANGE?: any, REQUIRED?: any, TOO_LONG?: any, WRONG_TYPE?: any }, ResolversTypes['UserErrorCode']>;

export type ViewerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  CountryCode?: GraphQLScalarType;
  Currency?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentConnection?: DepartmentConnectionResolvers<ContextType>;
  DepartmentEdge?: DepartmentEdgeResolvers<ContextType>;
  DepartmentPayload?: DepartmentPayloadResolvers<ContextType>;
  EmailAddress?: GraphQLScalarType;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  EmployeePayload?: EmployeePayloadResolvers<ContextType>;
  InformationSource?: InformationSourceResolvers<ContextType>;
  InformationSourceConnection?: InformationSourceConnectionResolvers<ContextType>;
  InformationSourceEdge?: InformationSourceEdgeResolvers<ContextType>;
  InformationSourcePayload?: InformationSourcePayloadResolvers<ContextType>;
  LocalDate?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers;
  SortDirection?: SortDirectionResolvers;
  URL?: GraphQLScalarType;
  UserError?: UserErrorResolvers<ContextType>;
  UserErrorCode?: UserErrorCodeResolvers;
  Viewer?: ViewerResolvers<ContextType>;
};

