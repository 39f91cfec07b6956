/** The QR encoder's module, imported on first use and shared by every viewer after that (serve). */
let loading: Promise<typeof import("./qr-matrix.js")> | undefined;

export function loadQrEncoder(): Promise<typeof import("./qr-matrix.js")> {
	loading ??= import("./qr-matrix.js");
	return loading;
}
