// What a client call rejects with, for tests that look into the error.
import assert from 'node:assert/strict';

/** The rejection of `promise`, failing the test when it fulfils. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}
