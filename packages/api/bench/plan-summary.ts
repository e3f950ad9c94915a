// Turns EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) into one line per statement:
// which indexes drove it, any sequential scan (and how many rows it read),
// any sort (and whether it spilled to disk).
import type { TestDatabase } from "@planner/db/testing";

type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  "Sort Method"?: string;
  "Sort Space Type"?: string;
  "Sort Space Used"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  "Temp Written Blocks"?: number;
  Plans?: PlanNode[];
};

export type PlanSummary = {
  line: string;
  /** No sequential scan read more than SEQ_SCAN_ALLOWANCE rows (tiny tables may be scanned whole). */
  indexDriven: boolean;
  spilled: boolean;
  ms: number;
};

/**
 * Rows a sequential scan may read and still count as "index-driven": the
 * planner rightly reads a table of a thousand users or two hundred
 * subscriptions whole (16 pages) rather than through an index. Every scan is
 * printed regardless; the tables that grow to a million rows must never be.
 */
const SEQ_SCAN_ALLOWANCE = 5000;

export async function explain(db: TestDatabase, sql: string, params: unknown[]): Promise<PlanSummary> {
  const rows = await db.prisma.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }[]>(
    `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`,
    ...params,
  );
  const [{ Plan: root, "Execution Time": ms }] = rows[0]!["QUERY PLAN"];
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode) => {
    nodes.push(node);
    node.Plans?.forEach(walk);
  };
  walk(root);
  const indexes = [...new Set(nodes.flatMap((node) => (node["Index Name"] ? [`${node["Node Type"]} ${node["Index Name"]}`] : [])))];
  const seqScans = nodes
    .filter((node) => node["Node Type"] === "Seq Scan")
    .map((node) => ({ table: node["Relation Name"]!, read: ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1) }));
  const sorts = nodes.filter((node) => node["Sort Method"]);
  const spilled = sorts.some((node) => node["Sort Space Type"] === "Disk") || nodes.some((node) => (node["Temp Written Blocks"] ?? 0) > 0);
  const parts = [
    indexes.length ? indexes.join(", ") : "no index",
    ...seqScans.map((scan) => `Seq Scan ${scan.table} (${scan.read.toLocaleString("en")} rows read)`),
    ...sorts.map((node) => `${node["Node Type"]} ${node["Sort Method"]} ${node["Sort Space Used"]} kB ${node["Sort Space Type"]}`),
    `buffers ${(root["Shared Hit Blocks"] ?? 0) + (root["Shared Read Blocks"] ?? 0)}`,
    `${ms.toFixed(2)} ms`,
  ];
  return {
    line: parts.join("; "),
    indexDriven: seqScans.every((scan) => scan.read <= SEQ_SCAN_ALLOWANCE),
    spilled,
    ms,
  };
}
