import { describe, expect, it } from "vitest";
import { ConflictError } from "../errors";
import { assertKeepsAnAdmin } from "./policies";

describe("assertKeepsAnAdmin", () => {
  it("refuses to demote or delete the last admin", () => {
    expect(() => assertKeepsAnAdmin({ role: "ADMIN" }, { newRole: "USER" }, 1)).toThrow(ConflictError);
    expect(() => assertKeepsAnAdmin({ role: "ADMIN" }, { deleting: true }, 1)).toThrow("last admin cannot be deleted");
  });

  it("allows it when another admin remains, and never concerns non-admins", () => {
    expect(() => assertKeepsAnAdmin({ role: "ADMIN" }, { newRole: "USER" }, 2)).not.toThrow();
    expect(() => assertKeepsAnAdmin({ role: "ADMIN" }, { newRole: "ADMIN" }, 1)).not.toThrow();
    expect(() => assertKeepsAnAdmin({ role: "USER" }, { deleting: true }, 0)).not.toThrow();
  });
});
