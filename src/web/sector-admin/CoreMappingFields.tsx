// A next core version that renames a question or an answer: say which earlier core question (or
// answer) it is, so counts of both versions land in the same cell (core/sector/core-framework.ts).
// Only ids the sector does not know yet are asked about; the same id stays the same question.
import type { CoreFramework } from "../../contract/sectors.ts";
import type { Signifier } from "../../core/framework.ts";
import { type CoreMapping, coreOptionId, coreQuestionId } from "../../core/sector/core-framework.ts";
import { SelectField } from "../toolkit/forms/Field.tsx";
import { useT } from "../toolkit/i18n.tsx";
import { sectorAdminMessages } from "./messages.ts";

interface LastingQuestion { core: string; question: string; options: { core: string; label: string }[] }

/** The sector's lasting core questions as the newest version asks them. */
export function lastingQuestions(previous: CoreFramework): LastingQuestion[] {
  return previous.definition.signifiers.map((s) => ({
    core: coreQuestionId(previous.mapping, s.id),
    question: s.question,
    options: s.type === "choice" ? s.options.map((o) => ({ core: coreOptionId(previous.mapping, s.id, o.id), label: o.label })) : [],
  }));
}

interface Props {
  previous: CoreFramework;
  chosen: readonly Signifier[];
  mapping: CoreMapping;
  onChange: (mapping: CoreMapping) => void;
}

export function CoreMappingFields({ previous, chosen, mapping, onChange }: Props) {
  const t = useT(sectorAdminMessages);
  const lasting = lastingQuestions(previous);
  const known = new Set(lasting.map((q) => q.core));
  const setQuestion = (questionId: string, core: string) => {
    const questions = { ...mapping.questions };
    if (core) questions[questionId] = { core };
    else delete questions[questionId];
    onChange({ questions });
  };
  const setOption = (questionId: string, optionId: string, core: string) => {
    const entry = mapping.questions[questionId];
    if (!entry) return;
    const options = { ...entry.options };
    if (core) options[optionId] = core;
    else delete options[optionId];
    onChange({ questions: { ...mapping.questions, [questionId]: { ...entry, options } } });
  };
  const renamed = chosen.filter((s) => !known.has(s.id));
  if (renamed.length === 0) return null;
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset vp-field vp-stack">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("mappingLegend")}</legend>
      <p className="utrecht-paragraph">{t("mappingIntro", { version: previous.version })}</p>
      {renamed.map((s) => {
        const core = mapping.questions[s.id]?.core ?? "";
        const earlier = lasting.find((q) => q.core === core);
        const earlierOptions = new Set(earlier?.options.map((o) => o.core));
        return (
          <div key={s.id} className="vp-stack">
            <SelectField name={`mapping-${s.id}`} label={t("mappingQuestion", { question: s.question })} value={core} onChange={(value) => setQuestion(s.id, value)}
              placeholder={t("mappingNewQuestion")} options={lasting.map((q) => ({ value: q.core, label: q.question }))} />
            {earlier && s.type === "choice" && s.options.filter((o) => !earlierOptions.has(o.id)).map((o) => (
              <SelectField key={o.id} name={`mapping-${s.id}-${o.id}`} label={t("mappingOption", { option: o.label })}
                value={mapping.questions[s.id]?.options?.[o.id] ?? ""} onChange={(value) => setOption(s.id, o.id, value)}
                placeholder={t("mappingNewOption")} options={earlier.options.map((e) => ({ value: e.core, label: e.label }))} />
            ))}
          </div>
        );
      })}
    </fieldset>
  );
}
