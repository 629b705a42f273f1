// The frame of the pages a teller sees without an account (the public form, the receipt page):
// the name, the language switch (or the form's own language choice) and the main content, without the
// staff app's header and menu.
import "@utrecht/button-css/dist/index.css";
import "./tell.css";
import type { ReactNode } from "react";
import { LanguageSwitch } from "../toolkit/LanguageSwitch.tsx";

export function PublicShell({ children, languageChoice }: { children: ReactNode; languageChoice?: ReactNode }) {
  return (
    <div className="vp-public">
      <header className="vp-public__bar">
        <span className="vp-public__brand">Vertelpunt</span>
        {languageChoice ?? <LanguageSwitch className="utrecht-button utrecht-button--subtle vp-public__lang" />}
      </header>
      <main id="inhoud" className="vp-public__main">{children}</main>
    </div>
  );
}
