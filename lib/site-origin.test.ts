import { describe, expect, it } from "vitest";
import { linkOrigin } from "./site-origin";

describe("linkOrigin", () => {
  const asked = new Headers({ host: "127.0.0.1:3850" });

  it("is SITE_URL when it is set, whatever the request says", () => {
    expect(linkOrigin(asked, "https://soundtracks.example/")).toBe("https://soundtracks.example");
    const forged = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(linkOrigin(forged, "https://soundtracks.example")).toBe("https://soundtracks.example");
  });

  it("is the address the request came to when SITE_URL is unset, not localhost:3000", () => {
    expect(linkOrigin(asked, undefined)).toBe("http://127.0.0.1:3850");
    const proxied = new Headers({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "reviews.test",
      "x-forwarded-proto": "https",
    });
    expect(linkOrigin(proxied, undefined)).toBe("https://reviews.test");
  });
});
