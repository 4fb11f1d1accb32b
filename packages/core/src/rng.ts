/** seeded pseudo-random numbers (sfc32); the same seed gives the same sequence on every platform. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** a standard Gumbel sample. */
  gumbel(): number {
    return -Math.log(-Math.log(this.next() + 1e-12) + 1e-12);
  }
}
