// Deterministic ids for the objects the export makes up: the same location, phone or term gets
// the same id in every file and every run, so files in different languages line up.
import { createHash } from 'node:crypto';

/** Namespace of the UUID v5 ids the export derives (fixed: ids must not change between runs). */
const idNamespace = '3d4f1e2a-6b8c-4f0d-9e1a-7c5b2d8f4a60';

/** A UUID v5 (RFC 9562, SHA-1 name-based) for `name` in the export's namespace. */
export function derivedId(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(idNamespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
