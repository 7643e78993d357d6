// Public surface of errors/: the one error class every folder throws, below every other folder.
export { AppError, isAppError } from './appError.js';
export type { ErrorCode } from './appError.js';
