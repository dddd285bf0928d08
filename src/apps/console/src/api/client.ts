import type { ApiErrorBody } from './types.js';

/** An answer of the API that is not a success, or no answer at all (code `network.unreachable`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const isErrorBody = (value: unknown): value is ApiErrorBody =>
  typeof value === 'object' &&
  value !== null &&
  'error' in value &&
  typeof (value as { error: unknown }).error === 'object' &&
  typeof (value as ApiErrorBody).error?.code === 'string';

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

/** Calls the API with the participant's key; JSON in and out. The key goes in the header and nowhere else. */
export async function apiFetch<T>(key: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${key}`, accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
      ...(options.signal && { signal: options.signal }),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network.unreachable', 'The server did not answer');
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
    throw new ApiError(response.status, `http.${response.status}`, response.statusText || 'Request failed');
  }
  return body as T;
}

/** Builds a query string from the defined values only. */
export function query(params: Readonly<Record<string, string | number | undefined | null>>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A message's raw XML (not JSON): the text as signed, or the API's coded error. */
export async function fetchXml(key: string, path: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { authorization: `Bearer ${key}`, accept: 'application/xml' }, credentials: 'omit', cache: 'no-store', ...(signal && { signal }) });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network.unreachable', 'The server did not answer');
  }
  const text = await response.text();
  if (response.ok) return text;
  try {
    const body = JSON.parse(text) as ApiErrorBody;
    throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(response.status, `http.${response.status}`, response.statusText || 'Request failed');
  }
}
