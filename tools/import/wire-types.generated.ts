/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
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

export type ImportPayloadFieldsFragment = { created: number, updated: number, unchanged: number, failed: number, skipped: number, replayed: boolean, rows: Array<{ index: number, status: ImportRowStatus, errors: Array<{ field: Array<string> | null, code: UserErrorCode, message: string }> }> };
