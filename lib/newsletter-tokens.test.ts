import { describe, expect, it } from "vitest";
import {
  NEWSLETTER_CONFIRM_LIFETIME_MS,
  newsletterMailLinks,
  newsletterToken,
  readNewsletterToken,
} from "./newsletter-tokens";

const at = new Date("2026-12-01T10:00:00Z");
const id = "3f1c2a4e-0000-4000-8000-000000000001";

describe("newsletter tokens", () => {
  it("read back the id and time the site signed", () => {
    const token = newsletterToken("preferences", id, at);
    expect(readNewsletterToken("preferences", token, at)).toEqual({ id, at });
  });

  it("refuse a forged signature, another id, another kind or garbage", () => {
    const token = newsletterToken("preferences", id, at);
    const [, version] = token.split(".");
    const forged = `${id}.${version!.slice(0, -2)}xx`;
    expect(readNewsletterToken("preferences", forged, at)).toBeNull();
    expect(readNewsletterToken("preferences", `other-id.${version}`, at)).toBeNull();
    expect(readNewsletterToken("confirm", token, at)).toBeNull();
    for (const junk of ["", ".", "abc", `${token}.x`, `${id}.notatime-sig`]) {
      expect(readNewsletterToken("preferences", junk, at)).toBeNull();
    }
  });

  it("a confirmation link expires, a preferences link does not", () => {
    const later = new Date(at.getTime() + NEWSLETTER_CONFIRM_LIFETIME_MS + 1);
    const confirm = newsletterToken("confirm", id, at);
    expect(readNewsletterToken("confirm", confirm, at)).toEqual({ id, at });
    expect(readNewsletterToken("confirm", confirm, later)).toBeNull();
    const preferences = newsletterToken("preferences", id, at);
    expect(readNewsletterToken("preferences", preferences, later)).toEqual({ id, at });
  });
});

describe("newsletterMailLinks", () => {
  it("gives RFC 8058's two headers and the preferences page, all https and by token", () => {
    const links = newsletterMailLinks("https://soundtracks.example/", { id, createdAt: at });
    const token = newsletterToken("preferences", id, at);
    expect(links).toEqual({
      preferencesUrl: `https://soundtracks.example/newsletter/${token}`,
      unsubscribeUrl: `https://soundtracks.example/newsletter/${token}/unsubscribe`,
      headers: {
        "List-Unsubscribe": `<https://soundtracks.example/newsletter/${token}/unsubscribe>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
  });
});
