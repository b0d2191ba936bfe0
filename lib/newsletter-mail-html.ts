import { escapeXml as esc } from "./rss";
import { SITE_NAME } from "./site";
import type { IssueView, MailLinks } from "./newsletter-mail-view";
import { MAIL_COLORS as C, MAIL_HEAD_STYLES, MAIL_SANS, MAIL_SERIF } from "./newsletter-mail-style";

const TABLE = 'role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"';
const PAD = "padding-left:32px;padding-right:32px;";

const row = (content: string, style = "", classes = "") =>
  `<tr><td class="es-pad${classes}" style="${PAD}${style}">${content}</td></tr>`;

function cover(view: IssueView): string {
  if (!view.cover) return "";
  const { src, alt } = view.cover;
  return `<tr><td style="padding:0;"><img src="${esc(src)}" alt="${esc(alt)}" width="600" style="display:block;width:100%;max-width:600px;height:auto;border:0;"></td></tr>`;
}

function heading(view: IssueView): string {
  const film = `<p class="es-muted" style="margin:0 0 4px;font-family:${MAIL_SANS};font-size:15px;line-height:1.5;color:${C.muted};"><strong class="es-ink" style="color:${C.ink};">${esc(view.film)}</strong>${view.composers ? ` · music by ${esc(view.composers)}` : ""}</p>`;
  const score = view.score
    ? `<p style="margin:12px 0 0;font-family:${MAIL_SANS};font-size:15px;"><span class="es-link" style="font-size:26px;font-weight:bold;color:${C.accent};">${esc(view.score)}</span><span class="es-muted" style="color:${C.muted};"> / 10 · critic’s score</span></p>`
    : "";
  return row(
    `<h1 class="es-headline es-ink" style="margin:0 0 12px;font-family:${MAIL_SERIF};font-size:28px;line-height:1.25;color:${C.ink};">${esc(view.headline)}</h1>${film}${score}`,
    "padding-top:24px;",
  );
}

/** Kept short: a row is repeated for every track of every mail (the fonts are the table's). */
function trackList(view: IssueView): string {
  const cell = `padding:6px 0;border-top:1px solid ${C.rule};vertical-align:top;`;
  const muted = `${cell}color:${C.muted};`;
  const rows = view.tracks
    .map(
      (t) =>
        `<tr><td class="es-muted es-rule" style="${muted}width:40px;">${esc(t.number)}</td><td class="es-rule" style="${cell}">${esc(t.title)}</td><td class="es-muted es-rule" style="${muted}text-align:right;white-space:nowrap;">${esc(t.duration)}</td></tr>`,
    )
    .join("");
  const bold = `${cell}font-weight:bold;`;
  const total = `<tr><td class="es-rule" colspan="2" style="${bold}">Total running time (${esc(view.trackCount)})</td><td class="es-rule" style="${bold}text-align:right;white-space:nowrap;">${esc(view.total)}</td></tr>`;
  return row(
    `<h2 class="es-ink" style="margin:0 0 8px;font-family:${MAIL_SERIF};font-size:20px;color:${C.ink};">Track list</h2><table class="es-ink" width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;font-family:${MAIL_SANS};font-size:14px;line-height:1.4;color:${C.ink};">${rows}${total}</table>`,
    "padding-top:24px;",
  );
}

function button(href: string, label: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td class="es-button" style="border-radius:6px;background:${C.button};"><a class="es-button" href="${esc(href)}" style="display:inline-block;padding:12px 20px;font-family:${MAIL_SANS};font-size:16px;font-weight:bold;color:${C.buttonText};text-decoration:none;border-radius:6px;">${esc(label)}</a></td></tr></table>`;
}

function review(view: IssueView): string {
  const summary = view.summary
    ? `<p style="margin:0 0 16px;font-size:19px;line-height:1.5;font-style:italic;">${esc(view.summary)}</p>`
    : "";
  const more = view.body.cut
    ? `<p style="margin:0 0 20px;"><a class="es-link" href="${esc(view.reviewUrl)}" style="color:${C.accent};font-weight:bold;text-decoration:underline;">Continue reading →</a></p>`
    : "";
  return row(
    `<div style="font-family:${MAIL_SERIF};font-size:17px;line-height:1.6;">${summary}${view.body.html}</div>${more}`,
    "padding-top:24px;",
  );
}

function footer(view: IssueView, links: MailLinks): string {
  const link = (href: string, label: string) =>
    `<a class="es-link" href="${esc(href)}" style="color:${C.accent};text-decoration:underline;">${label}</a>`;
  return row(
    `<p class="es-muted" style="margin:0 0 8px;font-family:${MAIL_SANS};font-size:13px;line-height:1.5;color:${C.muted};">You get this mail because you subscribed to the weekly newsletter of ${esc(SITE_NAME)} at ${link(view.siteUrl, esc(view.siteHost))}.</p><p class="es-muted" style="margin:0;font-family:${MAIL_SANS};font-size:13px;line-height:1.5;color:${C.muted};">${link(links.preferencesUrl, "Newsletter settings")} · ${link(links.unsubscribeUrl, "Unsubscribe")}</p>`,
    `padding-top:24px;padding-bottom:28px;border-top:1px solid ${C.rule};`,
    " es-rule",
  );
}

/**
 * The issue as mail-client HTML: tables for layout, every style inline with light colours that
 * still read inverted, dark ones in the head for clients that honour them, one fluid column of
 * at most 600 px. Every text of the review is escaped here; its body comes rendered and
 * sanitized (lib/newsletter-mail-body.ts).
 */
export function issueHtml(view: IssueView, links: MailLinks): string {
  const discuss = button(view.discussUrl, "Read and discuss it on the site");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark"><title>${esc(view.headline)}</title><style>${MAIL_HEAD_STYLES}</style></head>
<body class="es-page" style="margin:0;padding:0;background:${C.page};">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${esc(view.preheader)}</div>
<table ${TABLE} class="es-page" style="background:${C.page};"><tr><td align="center" style="padding:16px 8px;">
<table ${TABLE} class="es-card" style="max-width:600px;width:100%;background:${C.card};color:${C.ink};border-radius:8px;overflow:hidden;">
${row(`<a class="es-link" href="${esc(view.siteUrl)}" style="font-family:${MAIL_SANS};font-size:13px;font-weight:bold;letter-spacing:0.12em;text-transform:uppercase;color:${C.accent};text-decoration:none;">${esc(SITE_NAME)}</a>`, "padding-top:16px;padding-bottom:16px;")}
${cover(view)}
${heading(view)}
${trackList(view)}
${review(view)}
${row(discuss, "padding-top:4px;padding-bottom:28px;")}
${footer(view, links)}
</table></td></tr></table>
</body></html>`;
}
