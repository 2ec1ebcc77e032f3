/** Lists drawn a page at a time with a "Show more" button: hubs and hostile files can hold hundreds of thousands of items. */
import { h } from './dom.js';

/** Items drawn at first and at each "Show more". */
export const LIST_PAGE = 50;

/** Fills `list` with the first `page` of `count` items made by `item`; returns `list`, or `list` and its "Show more" button. */
export function pagedList(list: HTMLElement, count: number, item: (index: number) => Node, page = LIST_PAGE): HTMLElement {
  const more: HTMLButtonElement = h('button', { class: 'link-button small', attrs: { type: 'button' }, on: { click: () => fill() } });
  function fill(): void {
    const shown = list.childElementCount;
    list.append(...Array.from({ length: Math.min(page, count - shown) }, (_, i) => item(shown + i)));
    if (list.childElementCount >= count) more.remove();
    else more.textContent = `Show more (${count - list.childElementCount} left)`;
  }
  fill();
  return list.childElementCount >= count ? list : h('div', {}, [list, more]);
}
