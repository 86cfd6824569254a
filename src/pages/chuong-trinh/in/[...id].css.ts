/**
 * `/chuong-trinh/in/<id>.css`: the print stylesheet of one programme. CSS
 * margin boxes cannot take text from the page, so each programme gets the
 * footer of its printed pages here: symbol (or "Dự thảo") and title at the
 * bottom left, "Trang N/M" at the bottom right. Linked with media="print".
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteContent, type Programme } from '../../../data/site';
import { programmeSymbol } from '../../../lib/programmes/catalog';
import { printPageCss } from '../../../lib/reading/print';
import { vi } from '../../../lib/i18n/vi';

export const getStaticPaths = (async () => {
  const site = await getSiteContent();
  return site.programmes.map((programme) => ({ params: { id: programme.id }, props: { programme } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ programme: Programme }> = ({ props }) => {
  const { data } = props.programme;
  const css = printPageCss(vi.programme.printFooter(programmeSymbol(data), data.title), vi.programme.printPage);
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
