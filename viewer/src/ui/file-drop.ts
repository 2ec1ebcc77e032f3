/** Drag and drop of a graph file anywhere on the viewer, with a visible hint while dragging. */

/** Listens on `root`; returns the function that stops listening. */
export function attachFileDrop(root: HTMLElement, hint: HTMLElement, open: (file: File) => void): () => void {
  let depth = 0;
  const show = (visible: boolean) => { hint.hidden = !visible; };
  const listeners: [string, (event: DragEvent) => void][] = [
    ['dragenter', (event) => { event.preventDefault(); depth++; show(true); }],
    ['dragleave', () => { depth = Math.max(0, depth - 1); if (depth === 0) show(false); }],
    ['dragover', (event) => event.preventDefault()],
    ['drop', (event) => {
      event.preventDefault();
      depth = 0;
      show(false);
      const file = event.dataTransfer?.files[0];
      if (file) open(file);
    }],
  ];
  for (const [name, listener] of listeners) root.addEventListener(name, listener as EventListener);
  return () => {
    for (const [name, listener] of listeners) root.removeEventListener(name, listener as EventListener);
  };
}
