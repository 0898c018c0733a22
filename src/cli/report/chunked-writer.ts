import type { Io } from '../context.js';

/**
 * Text for stdout, written a chunk of about `chunk` characters at a time: few writes, and no
 * output larger than a chunk is ever held in memory. `transform` is applied to each chunk as it is
 * written: it must work character by character, so that it does not matter where chunks split.
 */
export function chunkedWriter(
  stdout: Io['stdout'],
  { chunk = 1 << 20, transform = (text: string) => text }: { chunk?: number; transform?: (text: string) => string | Uint8Array } = {},
): { write(text: string): void; flush(): void } {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length > 0) stdout.write(transform(parts.join('')));
    parts = [];
    size = 0;
  };
  return {
    write(text) {
      parts.push(text);
      size += text.length;
      if (size >= chunk) flush();
    },
    flush,
  };
}
