// What to compare: two listening rounds (offered when there are two or more), two periods of days,
// or before and after the date of a measure. It applies on submit, so nothing loads halfway.
import { useState } from "react";
import { ApiError } from "../toolkit/api.ts";
import { ChoiceGroup } from "../toolkit/forms/Choice.tsx";
import { SelectField, TextField } from "../toolkit/forms/Field.tsx";
import { FieldGroup } from "../toolkit/forms/FieldGroup.tsx";
import { Form } from "../toolkit/forms/Form.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { patternMessages } from "../patterns/messages.ts";
import type { ListeningRound } from "../../contract/collections.ts";
import { periodMessages } from "./messages.ts";
import { type CompareChoice, type CompareMode, comparisonQuery, initialChoice } from "./periods.ts";

const MODE_LABELS = { rounds: "modeRounds", periods: "modePeriods", measure: "modeMeasure" } as const;

export function CompareForm({ rounds, onCompare }: { rounds: ListeningRound[]; onCompare: (query: string) => void }) {
  const t = useT(periodMessages);
  const p = useT(patternMessages);
  const [choice, setChoice] = useState<CompareChoice>(() => initialChoice(rounds));
  const set = (patch: Partial<CompareChoice>) => setChoice((c) => ({ ...c, ...patch }));
  const modes: CompareMode[] = rounds.length >= 2 ? ["rounds", "periods", "measure"] : ["periods", "measure"];
  const roundOptions = rounds.map((r) => ({ value: r.id, label: r.name }));
  const submit = async () => {
    // A round against itself shifts nothing; say so at the field rather than show a page of zeros.
    if (choice.mode === "rounds" && choice.roundA === choice.roundB) {
      throw new ApiError(400, t("sameRound"), "", [{ name: "roundB", reason: t("sameRound") }]);
    }
    onCompare(comparisonQuery(choice));
  };
  const period = (side: "A" | "B") => (
    <FieldGroup legend={t(`period${side}`)} row>
      <TextField name={`from${side}`} label={p("from")} type="date" required value={choice[`from${side}`]} onChange={(v) => set({ [`from${side}`]: v })} />
      <TextField name={`to${side}`} label={p("to")} type="date" required value={choice[`to${side}`]} onChange={(v) => set({ [`to${side}`]: v })}
        min={choice[`from${side}`] || undefined} />
    </FieldGroup>
  );
  return (
    <section className="vp-card" aria-labelledby="vergelijk-kies">
      <h2 className="utrecht-heading-2" id="vergelijk-kies">{t("chooseTitle")}</h2>
      <Form label={t("chooseTitle")} submitLabel={t("compare")} className="vp-form--wide vp-periods__form" onSubmit={submit}>
        <ChoiceGroup name="mode" legend={t("mode")} value={choice.mode} onChange={(mode) => set({ mode: mode as CompareMode })}
          options={modes.map((m) => ({ value: m, label: t(MODE_LABELS[m]) }))} />
        {choice.mode === "rounds" && (
          <div className="vp-group__row">
            <SelectField name="roundA" label={t("roundA")} required value={choice.roundA} onChange={(roundA) => set({ roundA })}
              placeholder={t("chooseRound")} options={roundOptions} />
            <SelectField name="roundB" label={t("roundB")} required value={choice.roundB} onChange={(roundB) => set({ roundB })}
              placeholder={t("chooseRound")} options={roundOptions} />
          </div>
        )}
        {choice.mode === "periods" && (
          <div className="vp-group__row">
            {period("A")}
            {period("B")}
          </div>
        )}
        {choice.mode === "measure" && (
          <TextField name="measureAt" label={t("measureAt")} description={t("measureHelp")} type="date" required
            value={choice.measureAt} onChange={(measureAt) => set({ measureAt })} />
        )}
      </Form>
    </section>
  );
}
