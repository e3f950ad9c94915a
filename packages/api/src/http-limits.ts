// Limits of the HTTP edge that the browser's client must keep as well, in a
// module of their own so that client code can import them without the server.

/**
 * The most calls one batched HTTP request may carry. Without a cap one request
 * could run hundreds of mutations; the app's pages batch far fewer at once.
 */
export const MAX_BATCH_CALLS = 20;
