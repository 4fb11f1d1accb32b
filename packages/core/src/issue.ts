/** a validation failure, as data: which slot (if known), which JSON path, and why. */
export interface Issue {
  /** stable machine-readable kind, e.g. `pattern`, `minimum`, `validator`. */
  code: string;
  /** JSON-pointer-like path of the value concerned (`/user/email`), or the slot path. */
  path: string;
  /** index of the slot in the canvas, when the failure maps to one. */
  slot?: number;
  message: string;
  /** the validator's details, when it gives them (ajv's params: `missingProperty`, `passingSchemas`, `limit` ...). */
  params?: Record<string, unknown>;
}
