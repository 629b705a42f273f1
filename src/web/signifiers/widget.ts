// What SignifierInput hands each question widget.
import type { Signifier } from "../../core/framework.ts";

export interface WidgetProps<T extends Signifier["type"]> {
  signifier: Extract<Signifier, { type: T }>;
  value: unknown;
  onChange: (value: unknown) => void;
  /** Base for the ids of the widget's own elements. */
  id: string;
  /** The question's legend, which names sliders and text areas. */
  labelledBy: string;
  describedBy?: string;
  invalid: boolean;
  /** Label of an inline "does not apply" option, for radio-based widgets of optional questions. */
  notApplicable?: string;
}
