// The API the components call: the real Tauri commands, or (only under `vite --mode mock`) the
// dev mock installed by main.ts before the app mounts.
import { api as tauriApi, isApiError } from './api';
import type { ApiError } from './bindings';

export type Api = typeof tauriApi;

export const api: Api = { ...tauriApi };

export function useApi(impl: Api): void {
  Object.assign(api, impl);
}

/** Any rejection as an ApiError (the backend always rejects with one; anything else is a bug). */
export function toApiError(e: unknown): ApiError {
  if (isApiError(e)) return { code: String(e.code), message: String(e.message) };
  return { code: 'unexpected', message: e instanceof Error ? e.message : String(e) };
}
