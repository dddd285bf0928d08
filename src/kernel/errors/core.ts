import { defineErrors } from './define.js';

/** Errors of the platform itself: requests, authentication, storage, jobs, configuration. */
export const coreErrors = defineErrors({
  'request.invalid_json': { status: 400, message: 'The request body is not valid JSON: {reason}' },
  'request.validation': { status: 400, message: 'The request does not match the schema: {summary}' },
  'request.unsupported_media_type': { status: 415, message: 'Content type {contentType} is not accepted here' },
  'request.too_large': { status: 413, message: 'The request body exceeds {limit} bytes' },
  'request.not_found': { status: 404, message: 'No route {method} {url}' },
  'request.idempotency_conflict': {
    status: 409,
    message: 'Idempotency-Key {key} was already used with a different request',
  },
  'auth.missing_key': { status: 401, message: 'An API key is required: send "Authorization: Bearer <key>"' },
  'auth.invalid_key': { status: 401, message: 'The API key is not valid or has been revoked' },
  'auth.forbidden': { status: 403, message: 'Role {role} may not {action}' },
  'resource.not_found': { status: 404, message: '{resource} {id} was not found' },
  'participant.code_taken': { status: 409, message: 'A participant with code {code} and role {role} already exists' },
  'participant.invalid_code': { status: 400, message: 'Participant code {code} is not a valid registered code: {reason}' },
  'storage.data_dir_locked': {
    status: 500,
    level: 'error',
    message: 'Data folder {dataDir} is in use by process {pid} on {host}; stop it first or use another CROSSGATE_DATA_DIR',
  },
  'storage.unavailable': { status: 503, level: 'error', message: 'The database is not available: {reason}' },
  'job.not_found': { status: 404, message: 'Job {id} was not found' },
  'job.not_dead': { status: 409, message: 'Job {id} is {status}; only dead jobs can be replayed' },
  'job.unknown_queue': { status: 500, level: 'error', message: 'No handler is registered for queue {queue}' },
  'config.invalid': { status: 500, level: 'error', message: 'Configuration {name} is invalid: {reason}' },
  'config.key_missing': {
    status: 500,
    level: 'error',
    message:
      'Signing key {keyName} is missing at {path}: set {name} to the key folder this deployment was initialised with (shared with the server), or run `crossgate init` on a new deployment',
  },
  'internal.unexpected': { status: 500, level: 'error', message: 'An unexpected error occurred' },
});
