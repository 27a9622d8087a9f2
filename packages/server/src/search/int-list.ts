// An append-only list of integers in fixed 4 MB chunks: the build appends millions of postings,
// and doubling one array would leave every smaller copy behind as garbage (~250 MB at 100 000
// services, which the first queries after a build then paid for in a full collection).

const chunkBits = 20;
const chunkMask = (1 << chunkBits) - 1;

export class IntList {
  readonly chunks: Int32Array[] = [];
  length = 0;

  push(value: number): void {
    const offset = this.length & chunkMask;
    if (offset === 0) this.chunks.push(new Int32Array(1 << chunkBits));
    (this.chunks[this.length >>> chunkBits] as Int32Array)[offset] = value;
    this.length += 1;
  }

  get(i: number): number {
    return (this.chunks[i >>> chunkBits] as Int32Array)[i & chunkMask] as number;
  }
}
