/**
 * Test fixtures: a text as the search index holds it. In a built programme
 * every citation is a link (`data-cite`) and the indexer writes the cited
 * document's alias words right after the link, before the punctuation that
 * follows it ("144-CT/TW vbsh…, ngày"). Here the citations are found with the
 * citation parser, standing in for the citation plugin.
 */
import { parseCitations } from '../../../src/lib/citations';
import { encodeForIndex } from '../../../src/lib/search/encode';
import { citationAliasTokens } from '../../../src/lib/search/symbols';

export function indexedText(text: string): string {
  let out = '';
  let pos = 0;
  for (const c of parseCitations(text)) {
    const tokens = citationAliasTokens(c);
    if (tokens.length === 0 || c.start < pos) continue;
    out += `${encodeForIndex(text.slice(pos, c.end))} ${tokens.join(' ')}`;
    pos = c.end;
  }
  return out + encodeForIndex(text.slice(pos));
}
