import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the account mails", () => {
  it("link to the configured site address, with the token in the path", async () => {
    vi.resetModules();
    vi.stubEnv("SITE_URL", "https://soundtracks.example");
    const { resetPasswordMail, verifyEmailMail } = await import("./account-mail");
    const recipient = { email: "tess@example.test", name: "Tess", token: "abc_123" };
    const reset = resetPasswordMail(recipient);
    expect(reset).toMatchObject({
      to: "tess@example.test",
      subject: expect.stringMatching(/password/),
    });
    expect(reset.text).toContain("https://soundtracks.example/reset-password/abc_123\n");
    expect(reset.text).toContain("Hello Tess,");
    expect(verifyEmailMail(recipient).text).toContain(
      "https://soundtracks.example/verify-email/abc_123\n",
    );
    expect(verifyEmailMail({ ...recipient, name: null }).text).not.toMatch(/localhost|null/);
  });

  it("link to the address the site was asked at, when that is given", async () => {
    const { resetPasswordMail, verifyEmailMail } = await import("./account-mail");
    const recipient = { email: "tess@example.test", name: "Tess", token: "abc_123" };
    const origin = "http://127.0.0.1:3850";
    expect(resetPasswordMail(recipient, origin).text).toContain(
      "http://127.0.0.1:3850/reset-password/abc_123\n",
    );
    expect(verifyEmailMail(recipient, { origin }).text).toContain(
      "http://127.0.0.1:3850/verify-email/abc_123\n",
    );
  });
});
