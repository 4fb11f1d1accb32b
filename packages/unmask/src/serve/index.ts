export { ApiError, type ApiErrorBody } from './api-error';
export { createHandler, type ServeOptions, type UnmaskHandler } from './handler';
export { DEFAULT_SERVE_LIMITS, type ServeLimits } from './limits';
export { createServer, type ListenOptions, type UnmaskServer } from './server';
