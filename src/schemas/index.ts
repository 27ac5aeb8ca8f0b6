/**
 * The zod schemas of data/. Field meanings are written once, with `.describe()`: zod's JSON Schema export carries
 * them into /data/nelm-evidence.schema.json and the /data/dictionary/ page. A doc comment left beside a `.describe()`
 * (or on a field typed by a described vocabulary such as Id) is for readers of the code only and is not published.
 */
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
