/** The toolbar: label language, layout, export and open-file controls. */
import type { Lang } from '../types.js';
import { h, uniqueId } from './dom.js';

/** Toolbar callbacks. */
export interface ToolbarActions {
  setLang(lang: Lang): void;
  toggleForceAtlas2(): void;
  removeOverlaps(): void;
  restoreLayout(): void;
  exportGexf(): void;
  exportJson(): void;
  exportPng(): void;
  openFile(file: File): void;
}

/** Builds the toolbar controls; `update` reflects the language and whether ForceAtlas2 runs. */
export function createToolbar(actions: ToolbarActions): { element: HTMLElement; fileInput: HTMLInputElement; update(lang: Lang, running: boolean): void } {
  const group = uniqueId('lang');
  const radio = (lang: Lang, text: string, textLang: string) => {
    const id = `${group}-${lang}`;
    const input = h('input', { attrs: { type: 'radio', name: group, id, value: lang }, on: { change: () => actions.setLang(lang) } });
    return { input, label: h('label', { class: 'segment', attrs: { for: id, lang: textLang } }, [input, text]) };
  };
  const zh = radio('zh', '中文', 'zh');
  const en = radio('en', 'English', 'en');
  const button = (text: string, onClick: () => void, attrs: Record<string, string> = {}) =>
    h('button', { attrs: { type: 'button', ...attrs }, on: { click: onClick } }, [text]);

  const fa2 = button('Run ForceAtlas2', actions.toggleForceAtlas2, { 'aria-pressed': 'false', 'data-action': 'forceatlas2' });
  const fileId = uniqueId('open');
  const fileInput = h('input', {
    class: 'visually-hidden',
    attrs: { id: fileId, type: 'file', accept: '.json,.gexf,.xml,application/json,application/xml' },
    on: {
      change: () => {
        const file = fileInput.files?.[0];
        if (file) actions.openFile(file);
        fileInput.value = '';
      },
    },
  });

  const element = h('div', { class: 'toolbar-groups' }, [
    h('fieldset', { class: 'segmented' }, [h('legend', { class: 'visually-hidden' }, ['Label language']), zh.label, en.label]),
    h('div', { class: 'group', attrs: { role: 'group', 'aria-label': 'Layout' } }, [
      fa2,
      button('Remove overlaps', actions.removeOverlaps, { 'data-action': 'noverlap' }),
      button('Original layout', actions.restoreLayout, { 'data-action': 'restore' }),
    ]),
    h('div', { class: 'group', attrs: { role: 'group', 'aria-label': 'Export the current view' } }, [
      button('GEXF', actions.exportGexf, { 'data-action': 'export-gexf', title: 'Download the current view as GEXF 1.3' }),
      button('JSON', actions.exportJson, { 'data-action': 'export-json', title: 'Download the current view as graphology JSON' }),
      button('PNG', actions.exportPng, { 'data-action': 'export-png', title: 'Download the current view as a PNG image' }),
    ]),
    h('div', { class: 'group' }, [fileInput, h('label', { class: 'button', attrs: { for: fileId } }, ['Open graph…'])]),
  ]);
  fileInput.addEventListener('focus', () => fileInput.nextElementSibling?.classList.add('focused'));
  fileInput.addEventListener('blur', () => fileInput.nextElementSibling?.classList.remove('focused'));

  return {
    element,
    fileInput,
    update(lang, running) {
      zh.input.checked = lang === 'zh';
      en.input.checked = lang === 'en';
      fa2.textContent = running ? 'Stop ForceAtlas2' : 'Run ForceAtlas2';
      fa2.setAttribute('aria-pressed', String(running));
    },
  };
}
