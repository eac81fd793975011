/*
 * The console's HTTP calls. The token travels only in the Authorization header and lives only in sessionStorage
 * (this tab, until it closes), never in a URL. Every failure becomes an ApiError carrying the status (0 when no
 * answer came), the problem+json body and Retry-After. The live desk's calls read a coverage with its newest 100
 * entries (the most one read gives) and its audience.
 */

import { rules } from '../rules.js';

const TOKEN_KEY = 'akhbar.editor.token';
const TOKEN_SHAPE = new RegExp('^(?:' + rules.tokenPattern + ')$');   // what the server's BearerAuth accepts

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super('HTTP ' + status);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The problem's errors[] ({field, message}); empty unless the server named fields. */
  get fieldErrors() {
    return this.problem && Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

export const session = Object.freeze({
  token: () => sessionStorage.getItem(TOKEN_KEY),
  keep: (token) => sessionStorage.setItem(TOKEN_KEY, token),
  forget: () => sessionStorage.removeItem(TOKEN_KEY),
});

export const wellFormed = (token) => TOKEN_SHAPE.test(token);

/** A fresh Idempotency-Key: crypto.randomUUID where the page is a secure context, else the same from random bytes. */
export function newKey() {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join('-');
}

async function call(token, method, path, body, key) {
  const headers = { Accept: 'application/json, application/problem+json', Authorization: 'Bearer ' + token };
  const raw = body instanceof Blob;
  if (body !== undefined) {
    headers['Content-Type'] = raw ? body.type : 'application/json';
  }
  if (key) {
    headers['Idempotency-Key'] = key;
  }
  let res;
  try {
    res = await fetch(path, {
      method, headers, cache: 'no-store', credentials: 'omit', body: body === undefined || raw ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, null, null);
  }
  const text = res.status === 204 ? '' : await res.text().catch(() => '');
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (!res.ok) {
    throw new ApiError(res.status, json, res.headers.get('Retry-After'));
  }
  return json;
}

const path = (prefix, id) => prefix + encodeURIComponent(id);
const entryPath = (id, entryId) => path('/api/v1/live/', id) + path('/entries/', entryId);

/** The calls one signed-in editor makes. */
export function client(token) {
  return Object.freeze({
    verify: () => call(token, 'GET', '/api/v1/scheduled'),
    recent: () => call(token, 'GET', '/api/v1/articles?limit=' + rules.pageSize),
    scheduled: () => call(token, 'GET', '/api/v1/scheduled'),
    publish: (article, key) => call(token, 'POST', '/api/v1/articles', article, key),
    change: (id, patch) => call(token, 'PATCH', path('/api/v1/articles/', id), patch),
    retract: (id) => call(token, 'DELETE', path('/api/v1/articles/', id)),
    cancel: (id) => call(token, 'DELETE', path('/api/v1/scheduled/', id)),
    topicNames: () => call(token, 'GET', '/api/v1/topic-names'),
    topicsInUse: () => call(token, 'GET', '/api/v1/topics'),
    nameTopic: (topic, name) => call(token, 'PUT', path('/api/v1/topic-names/', topic), { name }),
    unnameTopic: (topic) => call(token, 'DELETE', path('/api/v1/topic-names/', topic)),
    coverages: () => call(token, 'GET', '/api/v1/live'),
    coverage: (id) => call(token, 'GET', path('/api/v1/live/', id) + '?limit=100'),
    audience: (id) => call(token, 'GET', path('/api/v1/live/', id) + '/audience'),
    startLive: (articleId, key) => call(token, 'POST', path('/api/v1/articles/', articleId) + '/live', undefined, key),
    endLive: (id) => call(token, 'POST', path('/api/v1/live/', id) + '/end'),
    addEntry: (id, entry, key) => call(token, 'POST', path('/api/v1/live/', id) + '/entries', entry, key),
    changeEntry: (id, entryId, patch) => call(token, 'PATCH', entryPath(id, entryId), patch),
    deleteEntry: (id, entryId) => call(token, 'DELETE', entryPath(id, entryId)),
    uploadPhoto: (file, texts) => call(token, 'POST', '/api/v1/photos?' + new URLSearchParams(texts), file),
  });
}
