// @ts-nocheck
export * from './vocabulary';
export * from './provenance';
export * from './citation';
export * from './source';
export * from './group';
export * from './outcome';
export * from './study';
export * from './question';
export * from './recommendations';
export * from './review';
export * from './topic';
export * from './meta';
