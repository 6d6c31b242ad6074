import { BLOCK_TAGS, blockOf, isInsideOwnUi, isInsideSkipped, isOwnUiHost } from './skip';

/** The parts of a MutationRecord the batching reads (a real record fits). */
export interface MutationLike {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
}

/** What a batch of mutations asks for. */
export interface RescanPlan {
  /** Subtrees to rescan (deduplicated, none inside another, in no particular order). */
  units: Node[];
  /** Something was removed: ranges whose text is gone must be dropped. */
  removed: boolean;
  /** Too much changed (or the whole page did): rescan everything. */
  full: boolean;
}

const isOwnHost = isOwnUiHost;

const treeRoot = (node: Node): Node => node.getRootNode();

/**
 * Turns a batch of mutation records into the smallest set of subtrees to rescan: an added block is
 * rescanned alone (infinite scroll appends blocks, so the cost does not grow with the page); any
 * other change rescans the block around it, whose joined text changed. Mutations of the
 * extension's own UI are ignored. Past `threshold` units, or when a change reaches the top of the
 * page, the plan is a full rescan.
 */
export function planRescan(
  records: readonly MutationLike[],
  threshold: number,
  pageRoots: ReadonlySet<Node> = new Set(),
): RescanPlan {
  const units = new Set<Node>();
  let removed = false;
  for (const record of records) {
    const { target } = record;
    if (isInsideOwnUi(target)) continue;
    if (record.type === 'characterData') {
      units.add(blockOf(target.parentNode ?? target, treeRoot(target)));
      continue;
    }
    if (record.type !== 'childList') continue;
    let textChanged = false;
    for (let i = 0; i < record.addedNodes.length; i++) {
      const node = record.addedNodes[i]!;
      if (isOwnHost(node)) continue;
      if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName)) units.add(node);
      else textChanged = true;
    }
    for (let i = 0; i < record.removedNodes.length; i++) {
      const node = record.removedNodes[i]!;
      if (isOwnHost(node)) continue;
      removed = true;
      // A removed inline element or text node changes the joined text of its block.
      if (!(node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName))) textChanged = true;
    }
    if (textChanged) units.add(blockOf(target, treeRoot(target)));
  }
  const kept: Node[] = [];
  for (const unit of units) {
    if (!unit.isConnected) continue; // Added and removed again within the batch.
    if (pageRoots.has(unit)) return { units: [], removed, full: true };
    let covered = false;
    for (let p = unit.parentNode; p; p = p.parentNode) {
      if (units.has(p)) {
        covered = true;
        break;
      }
    }
    if (covered || isInsideSkipped(unit)) continue;
    kept.push(unit);
    if (kept.length > threshold) return { units: [], removed, full: true };
  }
  return { units: kept, removed, full: false };
}
