/** Names as shown on screen: a very long name (a broken or hostile file) is cut for display, the graph keeps it whole. */

/** Characters of a name shown before the ellipsis (real entity names stay far below). */
export const NAME_DISPLAY_LENGTH = 120;

/** Aliases of one entity searched and shown (real entities have a handful). */
export const ALIASES_SHOWN = 100;

/** The first `max` UTF-16 units of `name`, never ending inside a surrogate pair. */
export function cutName(name: string, max = NAME_DISPLAY_LENGTH): string {
  if (name.length <= max) return name;
  const code = name.charCodeAt(max - 1);
  return name.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** `name` cut to `max` units with an ellipsis, or unchanged when short enough. */
export function shortName(name: string, max = NAME_DISPLAY_LENGTH): string {
  return name.length <= max ? name : `${cutName(name, max)}…`;
}

/** True when `shortName` would cut `name`. */
export function isShortened(name: string, max = NAME_DISPLAY_LENGTH): boolean {
  return name.length > max;
}
