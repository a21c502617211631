import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InputError, ModelError, UsageError } from '../errors.js';
import type { JobFailure } from './jobs.js';
import { AnalysisTimeoutError, OverloadedError } from './pool.js';

/**
 * The one error shape of the API: `{ "error": { "code", "message" } }`, a
 * stable machine code and a one-line human message, never a stack trace.
 */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** An error that already knows its HTTP status and API code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, ' ').trim();

/** Rebuilds a typed error from a worker's failure (errors cross threads as plain data). */
export function fromJobFailure(failure: JobFailure): Error {
  if (failure.name === 'InputError') return new InputError(failure.message);
  if (failure.name === 'UsageError') return new UsageError(failure.message);
  if (failure.name === 'ModelError') return new ModelError(failure.message);
  return new Error(failure.message);
}

interface ValidationIssue {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/** A readable message for a schema failure; ajv's raw text for oneOf is cryptic. */
function validationMessage(issues: ValidationIssue[], context: string | undefined): string {
  const missing = issues.find((i) => i.keyword === 'required');
  if (missing && (missing.params.missingProperty === 'text' || missing.params.missingProperty === 'url')) {
    return 'the request body needs a non-empty "text" (or a "url")';
  }
  const extra = issues.find((i) => i.keyword === 'additionalProperties');
  if (extra) return `unknown field "${String(extra.params.additionalProperty)}"${extra.instancePath ? ` in ${extra.instancePath}` : ''}`;
  const first = issues.find((i) => i.keyword !== 'oneOf' && i.keyword !== 'anyOf') ?? issues[0];
  if (!first) return 'invalid request';
  const where = `${context ?? 'body'}${first.instancePath}`;
  if (first.keyword === 'pattern') return `${where} must not be empty or blank`;
  return `${where} ${first.message ?? 'is invalid'}`;
}

/** Maps any error to a status and body; unknown errors become a bare 500 (the detail goes to the log only). */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof OverloadedError) {
    return new ApiError(503, 'overloaded', err.message, { 'retry-after': String(err.retryAfterSeconds) });
  }
  if (err instanceof AnalysisTimeoutError) return new ApiError(503, 'timeout', err.message);
  if (err instanceof InputError) return new ApiError(422, 'input_error', oneLine(err.message));
  if (err instanceof UsageError) return new ApiError(400, 'invalid_request', oneLine(err.message));
  if (err instanceof ModelError) return new ApiError(500, 'model_error', oneLine(err.message));
  const fe = err as Partial<FastifyError> & { validation?: ValidationIssue[] };
  if (fe && Array.isArray(fe.validation)) {
    return new ApiError(400, 'invalid_request', validationMessage(fe.validation, fe.validationContext));
  }
  switch (fe?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'payload_too_large', 'the request body is larger than the server accepts');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'unsupported_media_type', 'send application/json or text/plain (UTF-8)');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'invalid_json', 'the request body is empty');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new ApiError(400, 'invalid_json', 'the request body is not valid JSON');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError(400, 'invalid_request', 'the Content-Length header does not match the body');
    default:
      break;
  }
  // fastify's JSON parser raises a plain SyntaxError with status 400
  if (fe?.statusCode === 400 && err instanceof SyntaxError) return new ApiError(400, 'invalid_json', 'the request body is not valid JSON');
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new ApiError(fe.statusCode, 'bad_request', oneLine(fe.message ?? 'bad request'));
  }
  return new ApiError(500, 'internal', 'internal error (the server log has the details)');
}

export function errorBody(err: ApiError): ErrorBody {
  return { error: { code: err.code, message: err.message } };
}

/** Fastify error handler: logs server-side faults, answers with the uniform body. */
export function handleError(err: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const api = toApiError(err);
  if (api.statusCode >= 500 && api.code !== 'overloaded' && api.code !== 'timeout') request.log.error({ err }, 'request failed');
  return reply.code(api.statusCode).headers(api.headers).type('application/json; charset=utf-8').send(errorBody(api));
}
