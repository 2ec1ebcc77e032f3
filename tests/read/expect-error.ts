/** Test helper: asserts that a call throws an error of a given class with exactly the given message. */
import { expect } from 'vitest';

export function expectError(call: () => unknown, type: new (...args: never[]) => Error, message: string | RegExp): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(type);
  if (typeof message === 'string') expect((thrown as Error).message).toBe(message);
  else expect((thrown as Error).message).toMatch(message);
}

export async function expectRejection(promise: Promise<unknown>, type: new (...args: never[]) => Error, message: string | RegExp): Promise<void> {
  const thrown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(type);
  if (typeof message === 'string') expect((thrown as Error).message).toBe(message);
  else expect((thrown as Error).message).toMatch(message);
}
