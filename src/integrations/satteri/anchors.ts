/**
 * Sätteri mdast plugin: the anchors of a programme (`src/lib/programmes/structure.ts`),
 * the twin of `../remark-programme-anchors.ts`. Sätteri's nodes are read-only:
 * each id is written through the plugin context.
 */
import { defineMdastPlugin } from 'satteri';
import type { Nodes, Root } from 'mdast';
import { anchorTargets, dataWithId } from '../../lib/programmes/structure';

export const satteriProgrammeAnchors = defineMdastPlugin({
  name: 'van-kien-programme-anchors',
  before(root, ctx) {
    for (const { node, id } of anchorTargets(root as Root)) ctx.setProperty(node as Nodes, 'data', dataWithId(node as Nodes, id) as Record<string, unknown>);
  },
});
