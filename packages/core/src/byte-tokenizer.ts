import type { Tokenizer } from './tokenizer';

export interface ByteTokenizerOptions {
  /** multi-byte tokens added after the 256 byte tokens: strings (encoded as UTF-8) or raw bytes, which may split a character. */
  merges?: ReadonlyArray<string | readonly number[]>;
  /** special tokens (no bytes) after the merges, e.g. `<mask>`, `<pad>`. */
  specials?: readonly string[];
}

/**
 * a small byte-level tokenizer for tests: ids 0..255 are single bytes, then merges
 * (greedy longest match), then specials. Merges may split UTF-8 characters, as byte-level
 * BPE vocabularies do.
 */
export class ByteTokenizer implements Tokenizer {
  readonly id: string;
  readonly vocabSize: number;
  private readonly bytes: Uint8Array[] = [];
  private readonly specials = new Map<string, number>();
  private readonly byFirstByte = new Map<number, number[]>();

  constructor({ merges = [], specials = ['<mask>', '<pad>'] }: ByteTokenizerOptions = {}) {
    const encoder = new TextEncoder();
    for (let b = 0; b < 256; b++) this.bytes.push(Uint8Array.of(b));
    for (const merge of merges)
      this.bytes.push(typeof merge === 'string' ? encoder.encode(merge) : Uint8Array.from(merge));
    const lastByteToken = this.bytes.length;
    specials.forEach((special, k) => {
      this.specials.set(special, lastByteToken + k);
    });
    this.vocabSize = lastByteToken + specials.length;
    this.id = `byte-tokenizer:${JSON.stringify(merges)}:${specials.join('\u0000')}`;
    for (let id = 256; id < lastByteToken; id++) {
      const first = this.bytes[id]![0]!;
      const list = this.byFirstByte.get(first) ?? [];
      list.push(id);
      this.byFirstByte.set(first, list);
    }
    for (const list of this.byFirstByte.values())
      list.sort((x, y) => this.bytes[y]!.length - this.bytes[x]!.length);
  }

  /** the id of a special token. */
  special(name: string): number {
    const id = this.specials.get(name);
    if (id === undefined) throw new Error(`no special token ${name}`);
    return id;
  }

  encode(text: string): number[] {
    const ids: number[] = [];
    const specialPattern = this.specials.size
      ? new RegExp(
          `(${[...this.specials.keys()].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
        )
      : undefined;
    const parts = specialPattern ? text.split(specialPattern) : [text];
    for (const part of parts) {
      const special = this.specials.get(part);
      if (special !== undefined) {
        ids.push(special);
        continue;
      }
      const bytes = new TextEncoder().encode(part);
      let i = 0;
      while (i < bytes.length) {
        let chosen = bytes[i]!;
        let size = 1;
        for (const id of this.byFirstByte.get(bytes[i]!) ?? []) {
          const candidate = this.bytes[id]!;
          if (candidate.length <= bytes.length - i && candidate.every((b, k) => bytes[i + k] === b)) {
            chosen = id;
            size = candidate.length;
            break;
          }
        }
        ids.push(chosen);
        i += size;
      }
    }
    return ids;
  }

  decode(ids: readonly number[]): string {
    const out: number[] = [];
    let text = '';
    const flush = () => {
      text += new TextDecoder().decode(Uint8Array.from(out));
      out.length = 0;
    };
    for (const id of ids) {
      const bytes = this.tokenBytes(id);
      if (bytes) out.push(...bytes);
      else {
        flush();
        text += [...this.specials].find(([, v]) => v === id)?.[0] ?? '';
      }
    }
    flush();
    return text;
  }

  tokenBytes(id: number): Uint8Array | undefined {
    return id < this.bytes.length ? this.bytes[id] : undefined;
  }
}
