import type { ComponentChildren } from 'preact';

/** A section heading at the level its page needs (h3 in the popover's card, h2 on a page). */
export function Heading({
  level = 3,
  id,
  children,
}: {
  level?: 2 | 3 | undefined;
  id: string;
  children: ComponentChildren;
}) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}
