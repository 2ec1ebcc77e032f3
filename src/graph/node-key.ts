/**
 * Node keys the graph can hold: graphology keeps each node's neighbours in plain objects, so a node keyed
 * `__proto__` corrupts them (and Object.prototype); the viewer refuses every Object.prototype name as a key. An entity
 * named so (a product called “constructor”) keeps its name as label, and its key gets RESERVED_KEY_SUFFIX.
 */

/** Appended to a reserved entity id to make its node key. */
export const RESERVED_KEY_SUFFIX = '~';

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The node key of an entity id: the id itself, or the id + RESERVED_KEY_SUFFIX for an Object.prototype name. */
export function nodeKey(id: string): string {
  return RESERVED.has(id) ? id + RESERVED_KEY_SUFFIX : id;
}

/** True for ids that nodeKey changes. */
export function isReservedKey(id: string): boolean {
  return RESERVED.has(id);
}
