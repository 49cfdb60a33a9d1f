/**
 * The painter over a real DOM (happy-dom), with a stand-in highlight registry: what it paints,
 * in which order, what it refuses to paint, and how it follows a page that changes.
 */
import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../lib/article/extract';
import { HighlightPainter, isPaintable } from '../../../lib/highlight/paint';
import type { BlockMention } from '../../../lib/ner/blocks';

/** A minimal Highlight and registry: a set of ranges, a map of names. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}

function setup(html: string) {
  const win = new Window();
  const doc = win.document as unknown as Document;
  doc.body.innerHTML = html;
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true });
  return { doc, registry, painter: new HighlightPainter(doc) };
}

/** One block per element matching `selector`, over its text nodes. */
function blocksOf(doc: Document, selector: string): TextBlock[] {
  return [...doc.querySelectorAll(selector)].map((el) => {
    const nodes: Text[] = [];
    const walk = (n: Node) => {
      if (n.nodeType === 3) nodes.push(n as Text);
      else for (const c of Array.from(n.childNodes)) walk(c);
    };
    walk(el);
    const starts: number[] = [];
    let text = '';
    for (const n of nodes) {
      starts.push(text.length);
      text += n.data;
    }
    return { nodes, starts, text, tag: el.tagName.toLowerCase() };
  });
}

function mention(blocks: TextBlock[], block: number, name: string, type: BlockMention['type'], key: string, nth = 0): BlockMention {
  const text = (blocks[block] as TextBlock).text;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(name, start + 1);
  if (start < 0) throw new Error(`no ${name} in block ${block}`);
  return { block, start, end: start + name.length, text: name, type, key, entity: { id: key, en: key, ar: name }, role: null };
}

const texts = (h: FakeHighlight | undefined) => [...(h ?? [])].map((r) => r.toString());

describe('HighlightPainter', () => {
  let env: ReturnType<typeof setup>;
  beforeEach(() => {
    env = setup('<p id="a">قال <b>سيرغي لافروف</b> في موسكو</p><p id="b">وصل لافروف إلى القاهرة</p>');
  });

  it('paints one highlight per type over the page text, across element boundaries', () => {
    const blocks = blocksOf(env.doc, 'p');
    env.painter.paint(blocks, [
      mention(blocks, 0, 'سيرغي لافروف', 'person', 'lavrov'),
      mention(blocks, 0, 'موسكو', 'place', 'moscow'),
      mention(blocks, 1, 'لافروف', 'person', 'lavrov'),
    ]);
    expect(texts(env.registry.get('dalil-person'))).toEqual(['سيرغي لافروف', 'لافروف']);
    expect(texts(env.registry.get('dalil-place'))).toEqual(['موسكو']);
    expect(env.registry.has('dalil-organization')).toBe(false);
    expect(env.painter.mentionsOf('lavrov').map((p) => p.index)).toEqual([0, 2]);
  });

  it('paints nothing where text no longer matches what was read', () => {
    const blocks = blocksOf(env.doc, 'p');
    const m = mention(blocks, 1, 'القاهرة', 'place', 'cairo');
    (blocks[1]?.nodes[0] as Text).data = 'وصل لافروف إلى الرياض اليوم';
    env.painter.paint(blocks, [m]);
    expect(env.registry.has('dalil-place')).toBe(false);
  });

  it('keeps reading order when a paragraph is added above the others, and keeps what was painted', () => {
    const blocks = blocksOf(env.doc, 'p');
    env.painter.paint(blocks, [mention(blocks, 1, 'القاهرة', 'place', 'cairo')]);
    const before = env.painter.mentions[0];
    const top = env.doc.createElement('p');
    top.textContent = 'عاجل من موسكو';
    env.doc.body.prepend(top);
    const added = blocksOf(env.doc, 'p').slice(0, 1);
    env.painter.add(added, [mention(added, 0, 'موسكو', 'place', 'moscow')]);
    expect(env.painter.mentions.map((p) => p.mention.text)).toEqual(['موسكو', 'القاهرة']);
    expect(env.painter.mentions[1]).toBe(before); // the same range object: a card on it stays
  });

  it('forgets removed paragraphs and prunes mentions whose text the page changed', () => {
    const blocks = blocksOf(env.doc, 'p');
    env.painter.paint(blocks, [mention(blocks, 0, 'موسكو', 'place', 'moscow'), mention(blocks, 1, 'القاهرة', 'place', 'cairo')]);
    env.painter.remove([blocks[0] as TextBlock]);
    expect(texts(env.registry.get('dalil-place'))).toEqual(['القاهرة']);
    expect(env.painter.knows(blocks[0]?.nodes[0] as Text)).toBe(false);
    (blocks[1]?.nodes[0] as Text).data = 'تغير النص كله';
    expect(env.painter.prune()).toBe(1);
    expect(env.registry.has('dalil-place')).toBe(false);
  });

  it("applies the reader's switches at once: types, all off, and forms turned off", () => {
    const blocks = blocksOf(env.doc, 'p');
    env.painter.paint(blocks, [mention(blocks, 0, 'سيرغي لافروف', 'person', 'lavrov'), mention(blocks, 0, 'موسكو', 'place', 'moscow')]);
    env.painter.configure({ types: { person: true, organization: true, place: false } });
    expect(env.registry.has('dalil-place')).toBe(false);
    expect(env.registry.has('dalil-person')).toBe(true);
    env.painter.configure({ types: { person: true, organization: true, place: true }, keep: (m) => m.text !== 'موسكو' });
    expect(env.registry.has('dalil-place')).toBe(false);
    env.painter.configure({ keep: () => true, visible: false });
    expect([...env.registry.keys()]).toEqual([]);
    env.painter.configure({ visible: true });
    expect([...env.registry.keys()].sort()).toEqual(['dalil-person', 'dalil-place']);
  });

  it('drops the active mark when its mention is hidden', () => {
    const blocks = blocksOf(env.doc, 'p');
    env.painter.paint(blocks, [mention(blocks, 0, 'موسكو', 'place', 'moscow')]);
    env.painter.setActive(env.painter.mentions[0] ?? null);
    expect(env.registry.get('dalil-active')?.priority).toBe(1);
    env.painter.configure({ types: { person: true, organization: true, place: false } });
    expect(env.registry.has('dalil-active')).toBe(false);
    expect(env.painter.activeMention).toBeNull();
  });
});

describe('isPaintable', () => {
  it('refuses what the reader types or edits, and code', () => {
    const { doc } = setup(
      '<p id="p">نص</p><textarea id="t">نص</textarea><div contenteditable="true"><p id="e">نص</p></div><code id="c">نص</code><pre id="r">نص</pre>',
    );
    const text = (id: string) => doc.getElementById(id)?.firstChild as Node;
    expect(isPaintable(text('p'))).toBe(true);
    expect(isPaintable(text('t'))).toBe(false);
    expect(isPaintable(text('e'))).toBe(false);
    expect(isPaintable(text('c'))).toBe(false);
    expect(isPaintable(text('r'))).toBe(false);
  });
});
