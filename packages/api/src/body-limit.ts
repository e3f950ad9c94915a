// How much of a request's body the API edges read. Without a cap, anyone (no
// log-in needed: sign-up is a POST) could make the server hold any amount in
// memory: 100 MB sent to /api/trpc grew it by 150 MB and stalled other requests.

/** The largest body either edge reads: far more than any form sends. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * A calendar file's import over /api/trpc: the preview carries the file's text
 * (at most 5 MB, MAX_IMPORT_BYTES, a little more once written as JSON) and each
 * batch up to 500 of its events.
 */
export const MAX_IMPORT_BODY_BYTES = 8 * 1024 * 1024;

/** "Send at most 256 kB." */
export function bodyTooLargeMessage(maxBytes: number): string {
  return maxBytes >= 1024 * 1024 ? `Send at most ${maxBytes / 1024 / 1024} MB.` : `Send at most ${maxBytes / 1024} kB.`;
}

/**
 * The body as text when it is at most `maxBytes` long, null when it is longer:
 * refused by its Content-Length before anything is read, or, when it declares
 * none (chunked), as soon as what arrived passes the limit; the rest is not read.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return null;
  if (!request.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Node's request bodies are async iterables of bytes; leaving the loop early cancels the stream.
  for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
