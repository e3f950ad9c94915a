import { describe, expect, it } from "vitest";
import { logInInput } from "./log-in";
import { confirmTwoFactorInput, disableTwoFactorInput, formatRecoveryCode, parseSecondFactorCode, twoFactorFailureKey } from "./two-factor";

describe("second-step codes", () => {
  it("reads six digits as an app code, spaces allowed", () => {
    expect(parseSecondFactorCode("123456")).toEqual({ kind: "totp", token: "123456" });
    expect(parseSecondFactorCode(" 123 456 ")).toEqual({ kind: "totp", token: "123456" });
  });

  it("reads a recovery code in any case, with or without its dash", () => {
    expect(parseSecondFactorCode("abcde-fghjk")).toEqual({ kind: "recovery", code: "abcdefghjk" });
    expect(parseSecondFactorCode("ABCDEFGHJK")).toEqual({ kind: "recovery", code: "abcdefghjk" });
    expect(formatRecoveryCode("abcdefghjk")).toBe("abcde-fghjk");
  });

  it("refuses anything else", () => {
    for (const typed of ["", "12345", "1234567", "abcde-fghj", "abcde-fghj1", "abcdefghjo", "123456\u0000"]) {
      expect(parseSecondFactorCode(typed), typed).toBeNull();
    }
  });

  it("keys the failure counter by account", () => {
    expect(twoFactorFailureKey("u1")).toBe("2fa:account:u1");
  });
});

describe("schemas", () => {
  it("confirm takes only an app code", () => {
    expect(confirmTwoFactorInput.safeParse({ code: "123 456" }).success).toBe(true);
    expect(confirmTwoFactorInput.safeParse({ code: "abcde-fghjk" }).success).toBe(false);
  });

  it("turning off takes either kind of code and the password", () => {
    expect(disableTwoFactorInput.safeParse({ password: "pw", code: "abcde-fghjk" }).success).toBe(true);
    expect(disableTwoFactorInput.safeParse({ password: "", code: "123456" }).success).toBe(false);
  });

  it("log-in treats an empty code field as no code", () => {
    expect(logInInput.parse({ login: "ada", password: "pw", code: "" })).toEqual({ login: "ada", password: "pw" });
    expect(logInInput.parse({ login: "ada", password: "pw", code: "123456" })).toMatchObject({ code: "123456" });
    expect(logInInput.safeParse({ login: "ada", password: "pw", code: "12" }).success).toBe(false);
  });
});
