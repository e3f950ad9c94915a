import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isId } from "./ids";
import { idSchema } from "./pagination";

describe("isId", () => {
  it("takes exactly what idSchema takes", () => {
    const samples: unknown[] = [
      ...Array.from({ length: 50 }, () => randomUUID()),
      randomUUID().toUpperCase(),
      "00000000-0000-0000-0000-000000000000",
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
      "01890a5d-ac96-774b-bcce-b302099a8057",
      "",
      "not-an-id",
      "12345678-1234-1234-1234-123456789012",
      "12345678-1234-9234-8234-123456789012",
      `${randomUUID()} `,
      ` ${randomUUID()}`,
      randomUUID().replaceAll("-", ""),
      null,
      undefined,
      42,
    ];
    for (const sample of samples) expect(isId(sample), String(sample)).toBe(idSchema.safeParse(sample).success);
  });
});
