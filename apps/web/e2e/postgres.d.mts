export declare function runOnServer(url: string, sql: string): Promise<void>;
export declare function withDatabase(serverUrl: string, name: string): string;
