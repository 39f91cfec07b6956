import type { Resume } from "../resume/model.js";
import { vcardOf } from "../vcard/to-vcard.js";

/** `--vcard`: the résumé's contact as a vCard 4.0, to save in an address book. */
export function runVcardMode(resume: Resume, write: (text: string) => void): void {
	write(vcardOf(resume));
}
