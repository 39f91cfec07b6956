import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type InputPart, splitInput } from "../../source/terminal/split-input.js";
import { expectedHearing, type Heard, hearKeys, inputTokens } from "./helpers/input-tokens.js";
import { backgroundReply, KEYS, sgrReport } from "./helpers/reports.js";

/** The parts as a reader hears them: key bytes decoded as UTF-8, colours without their shade. */
function hearingOf(parts: readonly InputPart[]): Heard[] {
	const heard: Heard[] = [];
	for (const part of parts) {
		if (part.kind === "keys") hearKeys(heard, Buffer.from(part.bytes, "latin1").toString("utf8"));
		else if (part.kind === "mouse") heard.push({ mouse: part.event });
		else heard.push({ background: part.reply.colour });
	}
	return heard;
}

describe("splitting input at the reports in it", () => {
	it("leaves input without reports as one run of keys", () => {
		const keys = `ab${KEYS.up}${KEYS.altQ}${KEYS.escape}x`;
		expect(splitInput(keys)).toEqual({ parts: [{ kind: "keys", bytes: keys }], pending: "" });
	});

	it("keeps the keys around a report in their order, on either side of it", () => {
		const { parts, pending } = splitInput(`${KEYS.up}${sgrReport(65, 3, 4)}q`);
		expect(parts.map((part) => part.kind)).toEqual(["keys", "mouse", "keys"]);
		expect(parts[0]).toEqual({ kind: "keys", bytes: KEYS.up });
		expect(parts[2]).toEqual({ kind: "keys", bytes: "q" });
		expect(pending).toBe("");
	});

	it("takes out reports the viewer has no use for, without a part for them", () => {
		expect(splitInput(`a${sgrReport(32, 3, 4)}b`).parts).toEqual([
			{ kind: "keys", bytes: "a" },
			{ kind: "keys", bytes: "b" },
		]);
		expect(splitInput("\u001B]11;#000000\u0007").parts).toEqual([]);
	});

	it("holds back the end of the input when a report may be arriving, and only that", () => {
		const reply = backgroundReply("rgb:0000/0000/0000", "ST");
		expect(splitInput(`q${reply.slice(0, -1)}`)).toEqual({
			parts: [{ kind: "keys", bytes: "q" }],
			pending: reply.slice(0, -1),
		});
		expect(splitInput(`q${KEYS.escape}`)).toEqual({ parts: [{ kind: "keys", bytes: "q" }], pending: KEYS.escape });
	});

	it("reads Esc followed by a report as Esc, then the report", () => {
		const { parts } = splitInput(`${KEYS.escape}${sgrReport(0, 1, 1)}`);
		expect(parts.map((part) => part.kind)).toEqual(["keys", "mouse"]);
		expect(parts[0]).toEqual({ kind: "keys", bytes: KEYS.escape });
	});

	it("any mix of keys and reports comes out as the same keys and the same reports, in order", () => {
		fc.assert(
			fc.property(inputTokens, (tokens) => {
				const { parts, pending } = splitInput(tokens.map((token) => token.bytes).join(""));
				const heard = hearingOf(parts);
				// A trailing Esc is held back, as it may begin a report; it is still a key.
				if (pending !== "") hearKeys(heard, pending);
				expect(heard).toEqual(expectedHearing(tokens));
			}),
		);
	});
});
