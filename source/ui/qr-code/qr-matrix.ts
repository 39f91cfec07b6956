import { encode } from "uqr";

/**
 * This module is imported only when the QR code is first shown (see load-qr-encoder.ts): the
 * encoder is none of the first frame's business.
 */

/** Rows of modules, true for dark, without the quiet zone. */
export type QrMatrix = readonly (readonly boolean[])[];

export const MAX_QR_VERSION = 40;

/**
 * The smallest QR code that holds `text` (UTF-8, byte mode) at version `maxVersion` or below,
 * with the most error correction that size allows; undefined when none does.
 */
export function qrMatrix(text: string, maxVersion = MAX_QR_VERSION): QrMatrix | undefined {
	if (maxVersion < 1) return undefined;
	try {
		const bytes = [...new TextEncoder().encode(text)];
		return encode(bytes, { ecc: "L", boostEcc: true, border: 0, maxVersion }).data;
	} catch (error) {
		// uqr's word for "does not fit this version" (or any version).
		if (error instanceof RangeError) return undefined;
		throw error;
	}
}
