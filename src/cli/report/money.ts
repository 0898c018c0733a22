/** ARR for people: whole US dollars with thousands separators, $1,350,000. */
export const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
