// Two-step verification in the browser, as a person with an authenticator app does it: admins and
// analysts set it up on first sign-in; later sign-ins ask for the code. Keys are kept per e-mail
// address for the rest of the test run.
import type { Page } from "playwright-core";
import { base32Decode, freshTotp } from "../../src/testing/totp.ts";

const keys = new Map<string, Buffer>();

/** On the login page after the password: fills in the code when this person has set up 2FA. */
export async function giveCodeIfAsked(page: Page, email: string) {
  const key = keys.get(email);
  if (!key) return;
  await page.getByLabel("Code uit de app").fill(await freshTotp(key));
  await page.getByRole("button", { name: "Code controleren" }).click();
}

/** Signed in: sets up two-step verification through the page when the server asks for it. */
export async function enrolIfAsked(page: Page, baseUrl: string, who: { email: string; password: string }) {
  const me = await (await page.request.get(`${baseUrl}/api/v1/sessions/current`)).json();
  if (!me.twoFactorEnrolmentRequired) return;
  await page.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" }).waitFor();
  await page.getByLabel("Wachtwoord").fill(who.password);
  await page.getByRole("button", { name: "Beginnen" }).click();
  const secret = await page.locator("p:has-text('Typ dan deze sleutel over') code").innerText();
  keys.set(who.email, base32Decode(secret));
  await page.getByLabel("Code uit de app").fill(await freshTotp(keys.get(who.email)!));
  await page.getByRole("button", { name: "Aanzetten" }).click();
  await page.getByRole("heading", { level: 1, name: "Tweestapsverificatie instellen" }).waitFor({ state: "detached" });
}
