/**
 * Sätteri hast plugin: symbols and dates kept on one line
 * (`src/lib/reading/nowrap.ts`), the twin of `../rehype-nowrap.ts`. Only text
 * nodes are visited; a text inside a no-wrap span, a script or a style is left whole.
 */
import { defineHastPlugin } from 'satteri';
import type { Element } from 'hast';
import { keepsTextWhole, splitUnbreakable } from '../../lib/reading/nowrap';

export const satteriNowrap = defineHastPlugin({
  name: 'van-kien-nowrap',
  text(node, ctx) {
    const parts = splitUnbreakable(node.value);
    if (!parts) return;
    for (let parent = ctx.parent(node); parent && parent.type === 'element'; parent = ctx.parent(parent as Element)) {
      if (keepsTextWhole(parent.tagName, parent.properties?.className)) return;
    }
    ctx.replaceNode(node, parts);
  },
});
