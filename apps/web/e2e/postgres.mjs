// One statement on its own short-lived connection to a PostgreSQL server, for
// the scripts that make and drop databases of their own there (the e2e
// server, the benchmarks): CREATE / DROP DATABASE cannot run in a pool's transaction.
import pg from "pg";

export async function runOnServer(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The server URL with another database name. */
export function withDatabase(serverUrl, name) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
