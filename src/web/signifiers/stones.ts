// Stones: items placed on a square where x runs from the left label (0) to the right label (1) and
// y from the bottom label (0) to the top label (1). Positions keep three decimals, like triads.
export type Position = [number, number];
export type Placement = Record<string, Position>;

const unit = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The position under a pointer in an on-screen box (screen y grows downwards, ours upwards). Right
 * to left the x axis runs from the right edge, as the page does.
 */
export function positionIn(box: Box, clientX: number, clientY: number, rightToLeft = false): Position {
  const fromStart = rightToLeft ? box.left + box.width - clientX : clientX - box.left;
  return [unit(fromStart / box.width), unit(1 - (clientY - box.top) / box.height)];
}

export const isInside = (box: Box, clientX: number, clientY: number) =>
  clientX >= box.left && clientX <= box.left + box.width && clientY >= box.top && clientY <= box.top + box.height;

const keySteps: Record<string, Position> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/**
 * Where an arrow key moves a stone; an unplaced stone starts in the middle. Undefined: not our key.
 * Right to left, ArrowLeft moves towards the x axis's end, which is drawn on the left.
 */
export function moveStone(position: Position | undefined, key: string, step = 0.05, rightToLeft = false): Position | undefined {
  const base = keySteps[key];
  const direction = base && rightToLeft ? ([-base[0], base[1]] as Position) : base;
  if (!direction) return undefined;
  if (!position) return [0.5, 0.5];
  return [unit(position[0] + direction[0] * step), unit(position[1] + direction[1] * step)];
}

/** The answer without one item; undefined once nothing is placed, so the question counts as unanswered. */
export function withoutItem(placement: Placement, itemId: string): Placement | undefined {
  const { [itemId]: _removed, ...rest } = placement;
  return Object.keys(rest).length > 0 ? rest : undefined;
}

export const asPlacement = (value: unknown): Placement =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Placement) : {};

/**
 * Which item a tap on the empty square places: the chosen item while it is still off the square,
 * else the next one not yet placed, else the chosen one again (moved). Tapping places items one
 * after the other without choosing each first.
 */
export function itemForTap(itemIds: readonly string[], placement: Placement, selected: string | undefined): string | undefined {
  if (selected && !placement[selected]) return selected;
  return itemIds.find((id) => !placement[id]) ?? selected;
}
