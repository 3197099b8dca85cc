export * from './errors';
export * from './affiliates';
export * from './codes';
export * from './summary';
export * from './resolve';
