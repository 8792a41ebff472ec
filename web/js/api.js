// The JSON API of the Dispatch server. Errors carry the server's own readable message.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The Dispatch server cannot be reached. Is it still running?', 0);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // A non-JSON answer (a proxy's error page, say) is reported by its status below.
  }
  if (!response.ok) {
    const message = body && typeof body.message === 'string' ? body.message : `The server answered ${response.status}.`;
    throw new ApiError(message, response.status);
  }
  if (body === null) throw new ApiError('The server sent an answer that is not JSON.', response.status);
  return body;
}

export function search(params, signal) {
  return getJson(`api/search?${params}`, signal);
}

/** q: the search the article is read from; the answer's matches say where its words are, as the search read them. */
export function article(id, q, signal) {
  const query = q ? `?${new URLSearchParams({ q })}` : '';
  return getJson(`api/articles/${encodeURIComponent(id)}${query}`, signal);
}

/** Facet values of a dimension whose words start with prefix, counted within the given search parameters. */
export function entities(dim, prefix, params, size, signal) {
  const p = new URLSearchParams(params);
  p.set('dim', dim);
  if (prefix) p.set('prefix', prefix);
  p.set('size', String(size));
  return getJson(`api/entities?${p}`, signal);
}

export function stats(signal) {
  return getJson('api/stats', signal);
}
