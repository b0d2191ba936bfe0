import { describe, expect, it } from "vitest";
import { requestOrigin } from "./request-origin";

const SITE = "https://soundtracks.example/";

describe("requestOrigin", () => {
  it("is the host the request asked for, as a proxy forwarded it", () => {
    expect(requestOrigin(new Headers({ host: "127.0.0.1:3100" }), SITE)).toBe(
      "http://127.0.0.1:3100",
    );
    const proxied = new Headers({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "reviews.example",
      "x-forwarded-proto": "https",
    });
    expect(requestOrigin(proxied, SITE)).toBe("https://reviews.example");
  });

  it("falls back to the configured address when the request names no usable host", () => {
    expect(requestOrigin(new Headers(), SITE)).toBe("https://soundtracks.example");
    expect(requestOrigin(new Headers({ host: "bad host/x" }), SITE)).toBe(
      "https://soundtracks.example",
    );
  });
});
