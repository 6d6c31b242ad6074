import { describe, expect, it } from 'vitest';
import { planRescan, type MutationLike } from '@/src/page/observer';
import { markOwnUi } from '@/src/page/skip';

function body(html: string): HTMLElement {
  document.body.replaceChildren();
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body;
}
const $ = (selector: string): Element => document.querySelector(selector)!;
const childList = (target: Node, added: Node[] = [], removed: Node[] = []): MutationLike => ({
  type: 'childList',
  target,
  addedNodes: added,
  removedNodes: removed,
});
const characterData = (target: Node): MutationLike => ({
  type: 'characterData',
  target,
  addedNodes: [],
  removedNodes: [],
});

describe('planRescan', () => {
  it('rescans the block around changed text', () => {
    body('<div><p id="p">one <em>two</em></p></div>');
    const text = $('em').firstChild!;
    expect(planRescan([characterData(text)], 10)).toEqual({
      units: [$('#p')],
      removed: false,
      full: false,
    });
  });

  it('rescans an appended block alone, not its container (infinite scroll)', () => {
    body('<ul id="feed"><li>old</li></ul>');
    const li = document.createElement('li');
    $('#feed').append(li);
    expect(planRescan([childList($('#feed'), [li])], 10).units).toEqual([li]);
  });

  it('rescans the block when an inline element or text is added or removed', () => {
    body('<div><p id="p">UN <b>x</b></p></div>');
    const em = document.createElement('em');
    $('#p').append(em);
    expect(planRescan([childList($('#p'), [em])], 10).units).toEqual([$('#p')]);
    const plan = planRescan([childList($('#p'), [], [document.createTextNode('gone')])], 10);
    expect(plan).toEqual({ units: [$('#p')], removed: true, full: false });
  });

  it('notes a removed block without rescanning around it', () => {
    body('<div id="d"><p>a</p></div>');
    const p = document.createElement('p');
    expect(planRescan([childList($('#d'), [], [p])], 10)).toEqual({
      units: [],
      removed: true,
      full: false,
    });
  });

  it('batches records: one unit per block, none inside another', () => {
    body('<div id="outer"><p id="p">a <em>b</em> c</p></div>');
    const records = [
      characterData($('em').firstChild!),
      characterData($('#p').firstChild!),
      childList($('#outer'), [$('#p')]),
    ];
    expect(planRescan(records, 10).units).toEqual([$('#p')]);
  });

  it('ignores changes inside or of the extension’s own UI host', () => {
    body('<qzxw-k3j9a0p2><span>x</span></qzxw-k3j9a0p2>');
    const host = $('qzxw-k3j9a0p2');
    markOwnUi(host);
    const plan = planRescan(
      [
        characterData($('span').firstChild!),
        childList(document.body, [host]),
        childList(document.body, [], [host]),
      ],
      10,
    );
    expect(plan).toEqual({ units: [], removed: false, full: false });
  });

  it('ignores changes inside skipped elements', () => {
    body('<div contenteditable="true"><p id="p">typing</p></div>');
    expect(planRescan([characterData($('#p').firstChild!)], 10).units).toEqual([]);
  });

  it('asks for a full rescan past the threshold', () => {
    body(`<div id="d">${'<p>x</p>'.repeat(5)}</div>`);
    const ps = [...document.querySelectorAll('p')];
    expect(
      planRescan(
        ps.map((p) => characterData(p.firstChild!)),
        3,
      ).full,
    ).toBe(true);
    expect(
      planRescan(
        ps.map((p) => characterData(p.firstChild!)),
        5,
      ).full,
    ).toBe(false);
  });

  it('asks for a full rescan when the change is at the top of the page', () => {
    body('');
    const text = document.createTextNode('loose text');
    document.body.append(text);
    expect(planRescan([childList(document.body, [text])], 10, new Set([document.body])).full).toBe(
      true,
    );
  });

  it('drops blocks that were added and removed again within the batch', () => {
    body('<ul id="feed"></ul>');
    const li = document.createElement('li');
    expect(planRescan([childList($('#feed'), [li])], 10).units).toEqual([]);
  });
});
