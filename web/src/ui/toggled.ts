/** `selection` with `item` switched, in the order of `all` so that links stay canonical. */
export function toggled<T>(all: readonly T[], selection: readonly T[], item: T): T[] {
  const next = selection.includes(item)
    ? selection.filter((selected) => selected !== item)
    : [...selection, item];
  return all.filter((candidate) => next.includes(candidate));
}
