import { docsAsset } from "~/server/api-docs/assets";

/**
 * The docs page's scripts and styles, from the swagger-ui-dist package (no copies
 * in public/, no CDN). The same for everyone: a day in any cache, then
 * revalidated by ETag (an upgrade of the package changes it).
 */
export async function GET(request: Request, { params }: { params: Promise<{ asset: string }> }) {
  const asset = docsAsset((await params).asset);
  if (!asset) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const headers = { "Content-Type": asset.contentType, "Cache-Control": "public, max-age=86400", ETag: asset.etag };
  if (request.headers.get("if-none-match") === asset.etag) return new Response(null, { status: 304, headers });
  return new Response(asset.body, { headers });
}
