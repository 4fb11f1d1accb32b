/** types of canvas.js (plain JavaScript served to the page), for the tests. */
export declare const MASK: '░';
export declare function resolveRef(root: unknown, schema: unknown): Record<string, unknown>;
export declare function kindOf(schema: unknown): 'object' | 'array' | 'leaf' | 'json';
export declare function pointerJoin(pointer: string, key: string | number): string;
export declare function readCanvas(
  schema: unknown,
  text: string,
): { leaves: Map<string, string>; arrays: Map<string, number> };
