import type { ApiError } from "../api";
import { err, ok, type Result } from "../core/shared";

/** Why a request failed, with a sentence fit to show the person (the server's own, when it sent one). */
export interface ApiFailure {
  /** The HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** What every call to the server gives back: the reply, or a failure as a value. */
export type ApiResult<T> = Result<T, ApiFailure>;

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== "object" || body === null) return false;
  const { error, message } = body as Record<string, unknown>;
  return typeof error === "string" && typeof message === "string";
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Calls `/api<path>` with a JSON body and reads a JSON reply. Replies are trusted to match the
 * `api` types (the server validates with the same schemas), which keeps typebox out of the bundle.
 */
export async function apiRequest<T>(
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: "same-origin",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    return err({
      status: 0,
      code: "network",
      message: "The server could not be reached. Try again.",
    });
  }
  const json = await readJson(response);
  if (response.ok) return ok(json as T);
  if (isApiError(json))
    return err({ status: response.status, code: json.error, message: json.message });
  return err({
    status: response.status,
    code: "unexpected",
    message: `Something went wrong on the server (status ${response.status}). Try again.`,
  });
}
