'use strict';
// The string formats the generated validators (scripts/build.mjs) call by `require`.

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A `YYYY-MM-DD` date that exists (2026-02-30 does not). Read by character codes: ajv-formats'
 * version runs a regular expression with captures on every date, a third of the schema's time on a
 * large book.
 */
function date(s) {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (leap ? 29 : DAYS[m]);
}

function digits(s, from, to) {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

module.exports = { date: { type: 'string', validate: date } };
