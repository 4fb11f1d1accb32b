export { nodeSlots } from './codec';
export { checkSchemaBounds, compileJsonSchema } from './compile-json-schema';
export { keywordTreatment } from './keywords';
export type { EntryNode, MemberNode, ValueNode } from './nodes';
export { unanchored } from './patterns';
export { prefixBudget } from './writer';
