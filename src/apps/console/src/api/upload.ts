import { ApiError } from './client.js';
import type { ApiErrorBody } from './types.js';

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

/**
 * Sends a file as the body of a POST, reporting upload progress (fetch cannot: XMLHttpRequest's upload events can).
 * Resolves with the JSON answer; rejects with an ApiError like `apiFetch` does.
 */
export function uploadFile<T>(key: string, path: string, file: Blob, contentType: string, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('authorization', `Bearer ${key}`);
    xhr.setRequestHeader('content-type', contentType);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress({ loaded: file.size, total: file.size });
        resolve(body as T);
        return;
      }
      const error = (body as ApiErrorBody | undefined)?.error;
      reject(error && typeof error.code === 'string' ? new ApiError(xhr.status, error.code, error.message, error.details) : new ApiError(xhr.status, `http.${xhr.status}`, xhr.statusText || 'Request failed'));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network.unreachable', 'The server did not answer'));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
