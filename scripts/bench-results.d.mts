export type BenchRow = { metric: string; value: number | string; unit?: string; target?: string; pass?: boolean };
export type BenchResult = { name: string; machine: string; at: string; loadAverage: number; rows: BenchRow[] };
export declare const benchResultsDir: string;
export declare function machineLabel(): string;
export declare function writeBenchResult(name: string, rows: BenchRow[]): BenchResult;
export declare function readBenchResults(): BenchResult[];
export declare function percentile(values: readonly number[], p: number): number;
export declare function loadAverage(): string;
