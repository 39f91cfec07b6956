import { halfBlockLines, halfBlockSize } from "./half-block-lines.js";
import type { QrMatrix } from "./qr-matrix.js";
import type { QrPaint } from "./qr-paint.js";

/** What the QR code may hold: the contact first, the online résumé's address if that is too big. */
export type QrContent = {
	readonly name: string;
	readonly vcard: string;
	/** The online résumé; absent when the résumé has none. */
	readonly url?: string;
};

/** qrMatrix, handed in: this module stays pure and the encoder stays lazily loaded. */
export type QrEncoder = (text: string, maxVersion?: number) => QrMatrix | undefined;

export type Size = { readonly columns: number; readonly rows: number };

export type QrLayout = {
	/** The code's rows, painted; empty when no code fits. */
	readonly lines: readonly string[];
	/** What the code holds, if one is drawn. */
	readonly holds?: "contact" | "url";
	/** Below the code, in order of importance: as many as there are rows for. */
	readonly captions: readonly string[];
};

/** Under the code: what it holds. */
const CAPTION_ROWS = 1;

/**
 * The QR code for an area of `area` cells: the vCard if its code fits, else the online résumé's
 * URL, else none and how big the terminal must be. `around` is what the terminal has besides the
 * area (the footer…), so that size is the terminal's, not the area's.
 */
export function qrLayout(content: QrContent, area: Size, around: Size, encode: QrEncoder, paint: QrPaint): QrLayout {
	const maxVersion = largestVersion(area);
	const terminalFor = (matrix: QrMatrix | undefined) => {
		const needed = neededArea(matrix);
		return needed ? `${needed.columns + around.columns}×${needed.rows + around.rows}` : undefined;
	};
	const contact = encode(content.vcard, maxVersion);
	if (contact) {
		return {
			lines: halfBlockLines(contact, paint),
			holds: "contact",
			captions: [`Scan to save ${content.name}'s contact`],
		};
	}
	const contactNeeds = terminalFor(encode(content.vcard));
	const address = content.url === undefined ? undefined : encode(content.url, maxVersion);
	if (address) {
		return {
			lines: halfBlockLines(address, paint),
			holds: "url",
			captions: [
				`Scan to open ${content.name}'s online résumé`,
				...(contactNeeds ? [`(the contact needs ${contactNeeds})`] : []),
			],
		};
	}
	const smallestNeeds = (content.url === undefined ? undefined : terminalFor(encode(content.url))) ?? contactNeeds;
	return {
		lines: [],
		captions: [
			smallestNeeds ? `The QR code needs a ${smallestNeeds} terminal` : "The contact is too big for a QR code",
		],
	};
}

/** The largest QR version whose code and caption fit the area; 0 when none does. */
function largestVersion({ columns, rows }: Size): number {
	// Version v has 17 + 4v modules a side; the quiet zone adds 8; a cell row holds two.
	const byColumns = Math.floor((columns - 8 - 17) / 4);
	const byRows = Math.floor((2 * (rows - CAPTION_ROWS) - 8 - 17) / 4);
	return Math.max(0, Math.min(byColumns, byRows));
}

/** The area a code and its caption take. */
function neededArea(matrix: QrMatrix | undefined): Size | undefined {
	if (!matrix) return undefined;
	const { columns, rows } = halfBlockSize(matrix.length);
	return { columns, rows: rows + CAPTION_ROWS };
}
