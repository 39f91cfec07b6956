// The QR encoder is none of the first frame's business: its module is imported when v is pressed.
import { describe, expect, it, vi } from "vitest";
import { startViewer } from "../helpers/render-app.js";

const encoderImports = vi.hoisted(() => ({ count: 0 }));

vi.mock("../../../source/ui/qr-code/qr-matrix.js", async (importOriginal) => {
	encoderImports.count += 1;
	return importOriginal();
});

describe("the QR encoder", () => {
	it("is not imported for the first frame nor by other keys, only once v is pressed", async () => {
		const app = await startViewer();
		await app.press("right");
		await app.settle();
		expect(encoderImports.count).toBe(0);

		await app.press("v");
		await app.waitForFrame("Scan to");
		expect(encoderImports.count).toBe(1);
	});
});
