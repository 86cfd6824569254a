/**
 * The print stylesheet of one programme: every printed page's footer carries
 * the document's symbol and title and "Trang N/M". CSS margin boxes cannot read
 * text from the page, so the build writes a small stylesheet per programme
 * (`/chuong-trinh/in/<id>.css`), linked with media="print".
 */

/** A CSS string literal holding `text` exactly (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/gu, (c) => `\\${c}`).replace(/[\n\r\f]/gu, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The @page rules for a programme's printed pages. */
export function printPageCss(footer: string, pagePrefix: string): string {
  return [
    '@page {',
    `  @bottom-left { content: ${cssString(footer)}; font-family: 'Times New Roman', Tinos, serif; font-size: 10pt; }`,
    `  @bottom-right { content: ${cssString(pagePrefix)} counter(page) "/" counter(pages); font-family: 'Times New Roman', Tinos, serif; font-size: 10pt; }`,
    '}',
    '',
  ].join('\n');
}
