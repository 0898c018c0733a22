import { useInput } from 'ink';
import { useEffect, useRef } from 'react';
import { decodeKeys } from './decode-keys.js';

/**
 * Calls `onKeys` with every key of every input event, in order. The handler is read through a ref,
 * so Ink's listener is registered once rather than again after every frame.
 */
export function useKeys(onKeys: (keys: string[]) => void): void {
  const handler = useRef(onKeys);
  useEffect(() => {
    handler.current = onKeys;
  });
  useInput((input, key) => handler.current(decodeKeys(input, key)));
}
