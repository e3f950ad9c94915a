import { describe, expect, it } from "vitest";
import { deviceCookieAccount, deviceCookieValue } from "./device-cookie";

const SECRET = "a test secret that is long enough for hmac";

describe("device cookie", () => {
  it("vouches for the account it was made for", () => {
    expect(deviceCookieAccount(deviceCookieValue("user-1", SECRET), SECRET)).toBe("user-1");
  });

  it("vouches for nothing when missing, forged, or signed with another secret", () => {
    expect(deviceCookieAccount(undefined, SECRET)).toBeNull();
    expect(deviceCookieAccount("user-1", SECRET)).toBeNull();
    expect(deviceCookieAccount(`user-2.${deviceCookieValue("user-1", SECRET).split(".")[1]}`, SECRET)).toBeNull();
    expect(deviceCookieAccount(deviceCookieValue("user-1", "another secret, also long enough"), SECRET)).toBeNull();
    expect(deviceCookieAccount(`${deviceCookieValue("user-1", SECRET)}.extra`, SECRET)).toBeNull();
  });
});
