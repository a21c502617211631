// Talking to the spinscope API from the page (same origin only: the CSP allows nothing else).

const KEY_STORAGE = 'spinscope-api-key';

export function apiKey() {
  return sessionStorage.getItem(KEY_STORAGE) ?? '';
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY_STORAGE, key);
  else sessionStorage.removeItem(KEY_STORAGE);
}

function headers(extra = {}) {
  const key = apiKey();
  return key ? { ...extra, authorization: `Bearer ${key}` } : extra;
}

/** An error the API answered with its uniform body, or a network failure. */
export class ApiFailure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function failure(res) {
  let code = 'http_error';
  let message = `the server answered HTTP ${res.status}`;
  try {
    const body = await res.json();
    if (body && body.error) ({ code, message } = body.error);
  } catch {
    // not JSON: keep the generic message
  }
  return new ApiFailure(res.status, code, message);
}

async function send(path, init) {
  let res;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiFailure(0, 'network', 'cannot reach the spinscope server');
  }
  if (!res.ok) throw await failure(res);
  return res;
}

export async function fetchTaxonomy() {
  return (await send('/v1/taxonomy', { headers: headers() })).json();
}

/** request: { text } or { url }, with optional lang, title and minScore. */
export async function analyze(request) {
  const res = await send('/v1/analyze', {
    method: 'POST',
    headers: headers({ 'content-type': 'application/json' }),
    body: JSON.stringify(request),
  });
  return res.json();
}

export async function reportHtml(request) {
  const res = await send('/v1/report?download=1', {
    method: 'POST',
    headers: headers({ 'content-type': 'application/json' }),
    body: JSON.stringify(request),
  });
  return res.blob();
}
