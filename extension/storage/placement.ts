/** Where the share panel sits on a page, and whether it is minimised to a tab. */
export interface PanelPlacement {
  minimised: boolean;
  /** Distance from the viewport's right and bottom edges, in CSS px. */
  right: number;
  bottom: number;
}

export const DEFAULT_PLACEMENT: PanelPlacement = { minimised: false, right: 16, bottom: 16 };
