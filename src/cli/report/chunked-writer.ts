import type { Io } from '../context.js';

/**
 * Text for stdout, written a chunk of about `chunk` characters at a time: few writes, and no
 * output larger than a chunk is ever held in memory.
 */
export function chunkedWriter(stdout: Io['stdout'], chunk = 1 << 20): { write(text: string): void; flush(): void } {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length > 0) stdout.write(parts.join(''));
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
