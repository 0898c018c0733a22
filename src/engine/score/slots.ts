/**
 * An array of `n` slots that may hold any value, made so from the start. An array from
 * `new Array(n)` starts out holding small integers only, and V8 changes how it stores it the first
 * time a double, a string or null lands in it. When that first happened a few hundred accounts into
 * a book (the first interpolated score, the first category without data), V8 threw away the
 * engine's optimised code and compiled it again (~100 ms of compiling, and the accounts in the
 * meantime scored ~10x slower).
 */
export function slots<T>(n: number): T[] {
  const array = new Array<T>(n);
  // One null stored turns the array generic, and V8 then makes every later array of this one
  // allocation site generic from the start (cheaper than fill, which is a C++ call).
  if (n > 0) array[0] = null as T;
  return array;
}
