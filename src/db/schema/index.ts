export * from './auth';
export * from './catalogues';
export * from './chronicle';
export * from './counterparties';
export * from './obligations';
export * from './persons';
export * from './products';
export * from './agreements';
