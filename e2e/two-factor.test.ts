// Two-step verification in the web app: an analyst is led to set it up on first sign-in, and from
// then on the login page asks for the code from the app. Codes are computed by the test (RFC 6238).

import { describe, expect, it } from "vitest";
import { base32Decode, freshTotp, totp } from "../src/testing/totp.ts";
import { addMember, appAndBrowserPerFile } from "./support/app.ts";
import { accessibilityViolations, newPage } from "./support/browser.ts";

const env = appAndBrowserPerFile();

describe("two-step verification in the browser", () => {
  it("leads an analyst to set it up, then asks for the code at every sign-in", async () => {
    const analyst = await addMember(env.app, "analyst", "Ayşe Analist");
    const first = await newPage(env.browser);
    const login = async (page: typeof first.page) => {
      await page.goto(`${env.app.baseUrl}/login?next=/stories`);
      await page.getByLabel("E-mailadres").fill(analyst.email);
      await page.getByLabel("Wachtwoord").fill(analyst.password);
      await page.getByRole("button", { name: "Inloggen" }).click();
    };

    await login(first.page);
    const setup = first.page.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" });
    await setup.waitFor();
    expect(await accessibilityViolations(first.page)).toEqual([]);
    await first.page.getByLabel("Wachtwoord").fill(analyst.password);
    await first.page.getByRole("button", { name: "Beginnen" }).click();
    await first.page.getByRole("img", { name: /QR-code met de sleutel/ }).waitFor();
    const key = base32Decode(await first.page.locator("p:has-text('Typ dan deze sleutel over') code").innerText());
    expect(await first.page.locator("li code").count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(first.page)).toEqual([]);
    await first.page.getByLabel("Code uit de app").fill(await freshTotp(key));
    await first.page.getByRole("button", { name: "Aanzetten" }).click();
    await first.page.getByRole("heading", { level: 1, name: "Verhalen" }).waitFor();
    await first.context.close();

    const second = await newPage(env.browser);
    await login(second.page);
    const code = second.page.getByLabel("Code uit de app");
    await code.waitFor();
    expect(await accessibilityViolations(second.page)).toEqual([]);
    await code.fill(totp(key, Date.now() - 10 * 60_000));
    await second.page.getByRole("button", { name: "Code controleren" }).click();
    await second.page.getByText("De code klopt niet").first().waitFor();
    expect(new URL(second.page.url()).pathname).toBe("/login");
    await code.fill(await freshTotp(key));
    await second.page.getByRole("button", { name: "Code controleren" }).click();
    await second.page.getByRole("heading", { level: 1, name: "Verhalen" }).waitFor();
    await second.context.close();
  });
});
