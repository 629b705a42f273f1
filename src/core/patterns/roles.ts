// Which signifiers a what-works table reads: the ones asked for, or else the framework's choices
// with the roles situation, intervention and outcome.
import { type CatalogEntry, type ChoiceEntry, type ChoiceRole, entryWithRole, type SignifierCatalog } from "./catalog.ts";
import { catalogEntry, PatternQueryError } from "./filter.ts";

export interface WhatWorksQuery {
  /** Signifier ids; by default the choices with the matching role. */
  situation?: string;
  intervention?: string;
  /** A choice, or a dyad, scale or triad. */
  outcome?: string;
  /** Stories a situation × intervention needs to get a row (default 10). */
  minN?: number;
  /** Example story ids per row (default 3). */
  examples?: number;
}

export interface WhatWorksSignifiers {
  situation: ChoiceEntry;
  intervention: ChoiceEntry;
  outcome: CatalogEntry;
}

function choiceFor(catalog: SignifierCatalog, id: string | undefined, role: ChoiceRole): ChoiceEntry {
  const entry = id ? catalogEntry(catalog, id) : entryWithRole(catalog, role);
  if (!entry) throw new PatternQueryError("noRole", `no choice has the role ${role}`);
  if (entry.type !== "choice") throw new PatternQueryError("wrongSignifierType", `${entry.id} is not a choice`);
  return entry;
}

export function whatWorksSignifiers(catalog: SignifierCatalog, query: WhatWorksQuery): WhatWorksSignifiers {
  const situation = choiceFor(catalog, query.situation, "situation");
  const intervention = choiceFor(catalog, query.intervention, "intervention");
  const outcome = query.outcome ? catalogEntry(catalog, query.outcome) : choiceFor(catalog, undefined, "outcome");
  if (outcome.type === "stones") throw new PatternQueryError("wrongSignifierType", `${outcome.id}: stones cannot be an outcome`);
  return { situation, intervention, outcome };
}
