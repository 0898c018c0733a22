import { readSync } from 'node:fs';

/** Larger files are refused before they are read: no account or playbook comes near this. */
export const MAX_FILE_BYTES = 1024 * 1024;

import type { Source } from '../book/source.js';

export type { Source, SourceProblem } from '../book/source.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

// One buffer for every read: a file is decoded to a string before the next is read.
const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);

/**
 * Reads an open data file as UTF-8 text, refusing what is too big or not UTF-8. It reads at most
 * one byte past the limit, so a file that grew after its size was checked costs no more to refuse.
 */
export function readOpenSource(fd: number): Source {
  let read = 0;
  for (let n; read < buffer.length && (n = readSync(fd, buffer, read, buffer.length - read, null)) > 0; ) read += n;
  if (read > MAX_FILE_BYTES) {
    return { problem: { line: 1, col: 1, message: 'file is larger than the 1 MiB limit' } };
  }
  return decodeSource(buffer.subarray(0, read));
}

export function decodeSource(bytes: Uint8Array): Source {
  try {
    const text = utf8.decode(bytes);
    const at = text.search(NOT_YAML);
    if (at < 0) return { text };
    const line = text.slice(0, at).split('\n').length;
    const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
    return { problem: { line, col: at - text.lastIndexOf('\n', at - 1), message: `the control character U+${code} cannot be in a YAML file: remove it` } };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset);
    const lineStart = before.lastIndexOf(0x0a) + 1;
    const line = before.reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    const col = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
    return { problem: { line, col, message: `invalid UTF-8 byte 0x${bytes[offset]!.toString(16)}: save the file as UTF-8` } };
  }
}

/**
 * What YAML does not allow raw in a file (1.2, 5.1) and no YAML writer puts there: C0 controls but
 * tab, line feed and carriage return; U+FFFE and U+FFFF. Written as escapes in double quotes, they
 * are text. DEL and C1 controls are not allowed either, but the `yaml` package writes them raw
 * inside double quotes: such a file is read, and they are shown as escapes wherever they are output.
 */
const NOT_YAML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

/** Where the bytes stop being UTF-8: a bad lead byte, a missing continuation, an encoded surrogate or a code point past U+10FFFF. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // The second byte's range after E0, ED, F0 and F4 (overlong forms, surrogates, past U+10FFFF).
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += need + 1;
  }
  return Math.min(i, bytes.length - 1);
}
