import type { Resume } from "../resume/model.js";
import { addressParts, structuredAddressParts } from "./address.js";
import { contactProperties } from "./contact-property.js";
import { escapeText, structuredValue, type VcardProperty, vcardText } from "./content-line.js";
import { nameParts } from "./name-parts.js";

/**
 * The résumé's contact as a vCard 4.0 (RFC 6350): what `--vcard` prints and the viewer's QR code
 * holds, and what `serve` can hand out. UTF-8 text, CRLF line endings, folded at 75 octets.
 */
export function vcardOf(resume: Resume): string {
	const { name, title, location, contacts, fields } = resume.basics;
	const properties: VcardProperty[] = [
		{ name: "FN", value: escapeText(name) },
		{ name: "N", value: structuredValue(nameParts(name)) },
	];
	if (title) properties.push({ name: "TITLE", value: escapeText(title) });
	const address = fields?.location
		? structuredAddressParts(fields.location, location)
		: location
			? addressParts(location)
			: undefined;
	if (address) properties.push({ name: "ADR", value: structuredValue(address) });
	properties.push(...contactProperties(contacts));
	return vcardText(properties);
}
