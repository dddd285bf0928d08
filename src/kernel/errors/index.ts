export { AppError, type ErrorDetails, isAppError } from './app-error.js';
export { type ErrorCode, errorCatalogue, errorSpec } from './catalogue.js';
export { defineErrors, type ErrorSection, type ErrorSpec } from './define.js';
