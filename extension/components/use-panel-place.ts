import { useRef, useState } from 'preact/hooks';
import type { PanelPlacement } from '../storage/placement';

/**
 * Where the panel sits: dragged by its header (it stays fully on screen), minimised to a tab and back;
 * `onPlacement` remembers a change once it is made (per site).
 */
export function usePanelPlace(placement: PanelPlacement, onPlacement?: (placement: PanelPlacement) => void) {
  const [place, setPlace] = useState(placement);
  const drag = useRef<{ x: number; y: number; right: number; bottom: number } | null>(null);
  const move = (next: PanelPlacement) => {
    setPlace(next);
    onPlacement?.(next);
  };
  const onPointerDown = (event: PointerEvent) => {
    if ((event.target as HTMLElement).closest('button')) return;
    drag.current = { x: event.clientX, y: event.clientY, right: place.right, bottom: place.bottom };
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    if (!start) return;
    const clamp = (v: number, max: number) => Math.min(Math.max(0, v), Math.max(0, max));
    setPlace({
      ...place,
      right: clamp(start.right - (event.clientX - start.x), window.innerWidth - 120),
      bottom: clamp(start.bottom - (event.clientY - start.y), window.innerHeight - 60),
    });
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    onPlacement?.(place);
  };
  return {
    place,
    style: { right: `${place.right}px`, bottom: `${place.bottom}px` },
    minimise: () => move({ ...place, minimised: true }),
    restore: () => move({ ...place, minimised: false }),
    dragHandlers: { onPointerDown, onPointerMove, onPointerUp },
  };
}
