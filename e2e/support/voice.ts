// Chromium's fake microphone, "speaking" a Dutch sentence that espeak-ng makes at test time (no audio
// file in the repository), and Chromium's own permission prompt answered yes.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface FakeMicrophone {
  /** Launch arguments for Chromium. */
  args: string[];
  /** Removes the spoken fixture. */
  remove(): void;
}

export function fakeMicrophone(sentence = "Het huisbezoek hielp ons echt verder. De wijkcoach nam de tijd."): FakeMicrophone {
  const dir = mkdtempSync(join(tmpdir(), "vp-microphone-"));
  const wav = join(dir, "verhaal.wav");
  execFileSync("espeak-ng", ["-v", "nl", "-w", wav, sentence]);
  return {
    args: ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream", `--use-file-for-fake-audio-capture=${wav}`, "--autoplay-policy=no-user-gesture-required"],
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
