/**
 * The mail's colours: the site's own (app/globals.css), written inline as light defaults that
 * still read when a client inverts them, with the dark ones in DARK_STYLES for the clients that
 * honour prefers-color-scheme.
 */
export const MAIL_COLORS = {
  page: "#f3eee7",
  card: "#ffffff",
  ink: "#1c1917",
  muted: "#57534e",
  accent: "#9a3412",
  soft: "#fbf8f3",
  rule: "#e7e0d6",
  button: "#9a3412",
  buttonText: "#ffffff",
} as const;

export const MAIL_SERIF = "Georgia,'Times New Roman',serif";
export const MAIL_SANS = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/** In the <style> of the head: dark mode, and less padding on a narrow screen. */
export const MAIL_HEAD_STYLES = `
:root { color-scheme: light dark; supported-color-schemes: light dark; }
body { margin: 0; padding: 0; width: 100% !important; -webkit-text-size-adjust: 100%; }
img { -ms-interpolation-mode: bicubic; }
@media (prefers-color-scheme: dark) {
  .es-page { background: #14110f !important; }
  .es-card { background: #1f1b18 !important; color: #f3eee7 !important; }
  .es-ink { color: #f3eee7 !important; }
  .es-muted { color: #b8afa5 !important; }
  .es-link { color: #fdba74 !important; }
  .es-rule { border-color: #3a332d !important; }
  .es-soft { background: #2a241f !important; }
  .es-button { background: #fdba74 !important; color: #14110f !important; }
}
@media (max-width: 480px) {
  .es-pad { padding-left: 16px !important; padding-right: 16px !important; }
  .es-headline { font-size: 24px !important; }
}`;
