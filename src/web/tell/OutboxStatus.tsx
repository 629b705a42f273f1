// "2 verhalen wachten op verzending": stories told without a connection, waiting on this device. A
// polite status region, so a screen reader hears the count change without losing its place.
import "@utrecht/button-css/dist/index.css";
import { useT } from "../toolkit/i18n.tsx";
import { messages } from "./messages.ts";
import type { Outbox } from "./outbox/useOutbox.ts";

export function OutboxStatus({ outbox }: { outbox: Outbox }) {
  const t = useT(messages);
  const { waiting, rejected } = outbox;
  return (
    <div role="status" className="vp-outbox">
      {waiting > 0 && (
        <div className="vp-outbox__waiting">
          <svg className="vp-outbox__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="9" />
            <path d="M12 7v5l3 2" />
          </svg>
          <p className="vp-outbox__text">
            <strong>{waiting === 1 ? t("outboxWaitingOne") : t("outboxWaitingMany", { count: waiting })}</strong>{" "}
            {t("outboxWaitingHint")}
          </p>
        </div>
      )}
      {rejected.map((r) => (
        <div key={r.id} className="vp-outbox__rejected">
          <p className="vp-outbox__text">{t("outboxRejected", { reason: r.reason })}</p>
          <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => outbox.discard(r.id)}>
            {t("outboxDiscard")}
          </button>
        </div>
      ))}
    </div>
  );
}
