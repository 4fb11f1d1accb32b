/** GPT-2's map from bytes to printable characters, as byte-level BPE vocabularies write them. */
export function bytesToUnicode(): string[] {
  const bytes: number[] = [];
  for (let b = 0x21; b <= 0x7e; b++) bytes.push(b);
  for (let b = 0xa1; b <= 0xac; b++) bytes.push(b);
  for (let b = 0xae; b <= 0xff; b++) bytes.push(b);
  const chars = [...bytes];
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bytes.includes(b)) {
      bytes.push(b);
      chars.push(256 + n++);
    }
  }
  const table: string[] = new Array(256);
  bytes.forEach((b, k) => {
    table[b] = String.fromCharCode(chars[k]!);
  });
  return table;
}

const unicodeToByte = new Map<string, number>(bytesToUnicode().map((char, byte) => [char, byte]));

/** the bytes a byte-level vocabulary string stands for; undefined if a character is outside the map. */
export function byteLevelBytes(token: string): Uint8Array | undefined {
  const out = new Uint8Array(token.length);
  let k = 0;
  for (const char of token) {
    const byte = unicodeToByte.get(char);
    if (byte === undefined) return undefined;
    out[k++] = byte;
  }
  return out.subarray(0, k);
}
