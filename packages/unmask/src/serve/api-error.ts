import { UnmaskError, type UnmaskErrorCode } from '@unmask/core';

/** the body of every error answer, as OpenAI writes it. */
export interface ApiErrorBody {
  error: { message: string; type: string; code: string; param: string | null };
}

/** an HTTP error answered as `{ error: { message, type, code, param } }`; `headers` go with it (`Retry-After`). */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly code: string;
  readonly param: string | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor({
    status,
    type,
    code,
    message,
    param = null,
    headers = {},
  }: {
    status: number;
    type: string;
    code: string;
    message: string;
    param?: string | null;
    headers?: Record<string, string>;
  }) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.type = type;
    this.code = code;
    this.param = param;
    this.headers = headers;
  }

  body(): ApiErrorBody {
    return { error: { message: this.message, type: this.type, code: this.code, param: this.param } };
  }
}

/** a 400: the request is one unmask cannot serve as written. */
export function invalidRequest(message: string, param: string | null, code = 'invalid_value'): ApiError {
  return new ApiError({ status: 400, type: 'invalid_request_error', code, message, param });
}

/**
 * how each typed unmask error is answered. What the request asked for and cannot have is a 400;
 * a value still invalid after its re-noise rounds is a 422 (never a 200 with that value); running
 * out of time a 504; the model itself failing a 500.
 */
const ANSWERS: Record<UnmaskErrorCode, { status: number; type: string; code: string }> = {
  'invalid-schema': { status: 400, type: 'invalid_request_error', code: 'invalid_schema' },
  'invalid-regex': { status: 400, type: 'invalid_request_error', code: 'invalid_schema' },
  unsupported: { status: 400, type: 'invalid_request_error', code: 'unsupported_schema' },
  'empty-language': { status: 400, type: 'invalid_request_error', code: 'unsatisfiable_schema' },
  'state-limit': { status: 400, type: 'invalid_request_error', code: 'schema_too_complex' },
  budget: { status: 400, type: 'invalid_request_error', code: 'schema_too_complex' },
  'canvas-too-long': { status: 400, type: 'invalid_request_error', code: 'context_length_exceeded' },
  'invalid-argument': { status: 400, type: 'invalid_request_error', code: 'invalid_value' },
  'invalid-template': { status: 400, type: 'invalid_request_error', code: 'invalid_template' },
  'renoise-exhausted': { status: 422, type: 'generation_error', code: 'renoise_exhausted' },
  aborted: { status: 504, type: 'timeout_error', code: 'timeout' },
  'invalid-layout': { status: 500, type: 'server_error', code: 'internal_error' },
  model: { status: 500, type: 'server_error', code: 'model_error' },
  tokenizer: { status: 500, type: 'server_error', code: 'model_error' },
};

/**
 * the answer to an error thrown while serving. Typed unmask errors keep their meaning (and, below
 * 500, their message: it is about the request); anything else is a 500 that says nothing of the
 * server's inside (no message, no stack), and is handed to `report`.
 */
export function apiErrorOf(error: unknown, param: string | null, report: (error: unknown) => void): ApiError {
  if (error instanceof ApiError) return error;
  if (UnmaskError.isInstance(error)) {
    const answer = ANSWERS[error.code];
    if (answer && answer.status < 500) return new ApiError({ ...answer, message: error.message, param });
    if (answer?.code === 'timeout') return timedOut();
    report(error);
    return new ApiError({
      ...(answer ?? { status: 500, type: 'server_error', code: 'internal_error' }),
      message: 'the model failed; see the server log',
    });
  }
  report(error);
  return new ApiError({
    status: 500,
    type: 'server_error',
    code: 'internal_error',
    message: 'internal error',
  });
}

/** a 504: the request's time (queue and generation) ran out. */
export function timedOut(): ApiError {
  return new ApiError({
    status: 504,
    type: 'timeout_error',
    code: 'timeout',
    message: 'the request ran out of time (waiting in the queue and generating)',
  });
}
