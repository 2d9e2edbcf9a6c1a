/**
 * A function of string arguments, computed once per distinct arguments: for `Intl` formatters, which are
 * costly to build and pure once built. The cache lives as long as the module and holds one entry per locale
 * and zone in use. Stryker leaves this file out (stryker.config.mjs): a cache that misses builds the same
 * value again, so every mutant of it is equivalent.
 */
export function memoize<Args extends string[], Result>(
  make: (...args: Args) => Result,
  /** Where the arguments have no end (a text with a number filled in), the cache is emptied at this many entries. */
  limit = Infinity,
): (...args: Args) => Result {
  const cache = new Map<string, Result>();
  return (...args) => {
    const key = args.join('\u0000');
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      cache.set(key, (value = make(...args)));
    }
    return value;
  };
}

/**
 * A function of one object, computed once per object (by identity, held weakly): for a value made from a
 * list the site's config hands over again and again, found before the list is so much as read.
 */
export function memoizeByReference<Arg extends object, Result>(make: (arg: Arg) => Result): (arg: Arg) => Result {
  const cache = new WeakMap<Arg, Result>();
  return (arg) => {
    if (cache.has(arg)) return cache.get(arg) as Result;
    const value = make(arg);
    cache.set(arg, value);
    return value;
  };
}
