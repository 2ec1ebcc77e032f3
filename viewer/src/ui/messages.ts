/** Messages to the user: errors in a role=alert region, notes in a polite status region. */
import { h } from './dom.js';

/** The two message regions and how to fill them. */
export function createMessages(): { element: HTMLElement; error(text: string): void; note(text: string): void; clear(): void } {
  const alert = h('div', { class: 'message error', attrs: { role: 'alert' } });
  const status = h('div', { class: 'message note', attrs: { role: 'status', 'aria-live': 'polite' } });
  const dismiss = h('button', { class: 'close', attrs: { type: 'button', 'aria-label': 'Dismiss message' }, on: { click: () => clear() } }, ['×']);
  const element = h('div', { class: 'messages' }, [alert, status, dismiss]);
  function show(): void {
    dismiss.hidden = alert.textContent === '' && status.textContent === '';
  }
  function clear(): void {
    alert.textContent = '';
    status.textContent = '';
    show();
  }
  clear();
  return {
    element,
    error(text) {
      alert.textContent = text;
      status.textContent = '';
      show();
    },
    note(text) {
      alert.textContent = '';
      status.textContent = text;
      show();
    },
    clear,
  };
}
