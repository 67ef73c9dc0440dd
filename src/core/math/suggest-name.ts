/**
 * How an unknown name a learner typed relates to the names that are known: the closest one, to
 * suggest, or a split into known names written without spaces (`x1x2` is `x1` times `x2`).
 */

/** Edit distance (insertions, deletions, substitutions) between two short names. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known name closest to `name`, if it is close enough to be a typo: one edit for names of up
 * to three letters, two for longer ones. Ties go to the earlier candidate.
 */
export function suggestName(name: string, candidates: readonly string[]): string | undefined {
  const allowed = name.length <= 3 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Splits `name` into a run of known names, preferring the longest name at each step (so with
 * x1 and x12 declared, `x12x1` is x12 times x1). Undefined when no split uses the whole name.
 */
export function splitIntoNames(name: string, known: readonly string[]): string[] | undefined {
  const byLength = known.filter((k) => k !== "").sort((a, b) => b.length - a.length);
  // Starts already known to lead nowhere: without this, names like "aaaa…b" with a and aa
  // declared would take exponential time.
  const deadEnds = new Set<number>();
  const splitFrom = (start: number): string[] | undefined => {
    if (start === name.length) return [];
    if (deadEnds.has(start)) return undefined;
    for (const first of byLength) {
      if (!name.startsWith(first, start)) continue;
      const rest = splitFrom(start + first.length);
      if (rest !== undefined) return [first, ...rest];
    }
    deadEnds.add(start);
    return undefined;
  };
  return splitFrom(0);
}
