export * from './errors';
export * from './affiliates';
export * from './codes';
export * from './summary';
export * from './resolve';
export * from './orders';
export * from './admin';
export * from './earnings';
