// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BOUNDARY, pointAt, readBlock } from '../../entrypoints/content/block-text';
import { blockOf } from '../../entrypoints/content/dom-rules';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('readBlock', () => {
  it('joins text across inline elements so a split phrase reads whole', () => {
    const body = page('<p id="p">North <b>Korean</b> <a href="#">troops</a> arrived.</p>');
    const bt = readBlock(body.querySelector('#p')!);
    expect(bt.text).toBe('North Korean troops arrived.');
    expect(bt.nodes).toHaveLength(5);
  });

  it('puts a boundary where a nested block or <br> interrupts, and reads nested blocks on their own', () => {
    const body = page('<div id="d">Before<p>inside</p>after<br>next</div>');
    const bt = readBlock(body.querySelector('#d')!);
    expect(bt.text).toBe(`Before${BOUNDARY}after${BOUNDARY}next`);
    expect(bt.text).not.toContain('inside');
  });

  it('skips fields, editors, scripts and hidden elements', () => {
    const body = page(
      '<p id="p">a<textarea>typed</textarea>b<span contenteditable="true">edit</span>c<script>code()</script>d<span hidden>gone</span>e<input value="x"></p>',
    );
    expect(readBlock(body.querySelector('#p')!).text).toBe('abcde');
  });

  it('turns source line breaks into spaces without moving offsets', () => {
    const body = page('<p id="p">North Korean\n    troops</p>');
    const bt = readBlock(body.querySelector('#p')!);
    expect(bt.text).toBe('North Korean     troops');
    expect(bt.text.length).toBe(bt.nodes[0].data.length);
  });
});

describe('pointAt', () => {
  it('maps offsets back into the right text node, at both sides of a node boundary', () => {
    const body = page('<p id="p">North <b>Korean</b> troops</p>');
    const bt = readBlock(body.querySelector('#p')!);
    const start = bt.text.indexOf('Korean');
    const s = pointAt(bt, start, false)!;
    expect(s.node.data).toBe('Korean');
    expect(s.offset).toBe(0);
    const e = pointAt(bt, start + 'Korean'.length, true)!;
    expect(e.node.data).toBe('Korean');
    expect(e.offset).toBe(6);
    const range = document.createRange();
    range.setStart(pointAt(bt, 0, false)!.node, 0);
    const end = pointAt(bt, bt.text.length, true)!;
    range.setEnd(end.node, end.offset);
    expect(range.toString()).toBe('North Korean troops');
  });
});

describe('blockOf', () => {
  it('finds the block of a text node through inline ancestors', () => {
    const body = page('<p id="p"><span><em>deep</em></span></p>');
    const text = body.querySelector('em')!.firstChild!;
    expect(blockOf(text)).toBe(body.querySelector('#p'));
  });

  it('takes an open shadow root for the block of its top-level text, which reads on its own', () => {
    const body = page('<div id="host"></div>');
    const root = body.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>shadow text</span>';
    expect(readBlock(root).text).toBe('shadow text');
    expect(blockOf(root.querySelector('span')!.firstChild!)).toBe(root);
  });
});
