/**
 * The frame every Pathfinder e-mail shares: the product's name at the top, the body, and a
 * footer saying where to change which e-mails one gets; as HTML (a simple table with inline
 * styles, which mail clients render alike) and as the plain-text alternative's footer.
 */
import { escapeHtml, safeHref } from './html';

export const PRODUCT_NAME = 'Pathfinder';

/** The page where a person chooses, per kind, how often they get e-mails. */
export const SETTINGS_PATH = '/account/email';

const FONT = 'font-family:Arial,Helvetica,sans-serif;';

export const STYLES = {
  heading: `${FONT}margin:0 0 16px;font-size:20px;line-height:28px;color:#0f172a;`,
  paragraph: `${FONT}margin:0 0 16px;font-size:16px;line-height:24px;color:#1e293b;`,
  button: `${FONT}display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;font-size:16px;padding:12px 20px;border-radius:6px;`,
  link: `${FONT}color:#1d4ed8;font-size:15px;`,
};

export function htmlLayout(input: { title: string; body: string; settingsUrl: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(input.title)}</title></head>
<body style="margin:0;padding:0;background:#f1f5f9;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f5f9;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px;">
<tr><td style="${FONT}padding:20px 24px;font-size:18px;font-weight:bold;color:#1d4ed8;border-bottom:1px solid #e2e8f0;">${PRODUCT_NAME}</td></tr>
<tr><td style="padding:24px;">
${input.body}
</td></tr>
<tr><td style="${FONT}padding:16px 24px;font-size:13px;line-height:20px;color:#475569;border-top:1px solid #e2e8f0;">
Change which e-mails you get: <a href="${safeHref(input.settingsUrl)}" style="color:#1d4ed8;">${escapeHtml(input.settingsUrl)}</a>
</td></tr>
</table></td></tr></table>
</body></html>`;
}

export function textFooter(settingsUrl: string): string {
  return `\n--\n${PRODUCT_NAME}\nChange which e-mails you get: ${settingsUrl}\n`;
}
