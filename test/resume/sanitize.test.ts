import { describe, expect, it } from "vitest";
import { safeUrl, sanitizeText } from "../../source/resume/sanitize.js";

describe("text on its way into the model", () => {
	it("keeps printable text, tabs and newlines as they are", () => {
		expect(sanitizeText("Jérôme\tVizcaino\n日本語 ✓ —")).toBe("Jérôme\tVizcaino\n日本語 ✓ —");
	});

	it("turns CRLF and lone CR line endings into LF", () => {
		expect(sanitizeText("a\r\nb\rc\n")).toBe("a\nb\nc\n");
	});

	it("removes C0 controls, DEL and C1 controls", () => {
		expect(sanitizeText("a\u0000b\u0007c\u0008d\u000be\u007ff\u0085g\u0099h")).toBe("abcdefgh");
	});

	it("removes a colour sequence whole, parameters included", () => {
		expect(sanitizeText("\u001b[1;31mred\u001b[0m")).toBe("red");
	});

	it("removes a screen-clearing sequence and a C1 CSI one", () => {
		expect(sanitizeText("a\u001b[2Jb\u009b?25lc")).toBe("abc");
	});

	it("removes an OSC hyperlink or title sequence up to its BEL or ST terminator", () => {
		expect(sanitizeText("\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007")).toBe("link");
		expect(sanitizeText("a\u001b]0;title\u001b\\b")).toBe("ab");
		expect(sanitizeText("a\u009d0;title\u009cb")).toBe("ab");
	});

	it("stops an unterminated OSC sequence at the end of its line", () => {
		expect(sanitizeText("a\u001b]0;never ends\nnext line")).toBe("a\nnext line");
	});

	it("removes two-character escape sequences and a lone ESC", () => {
		expect(sanitizeText("a\u001bcb\u001b7c\u001b")).toBe("abc");
	});

	it("removes bidirectional embeddings, overrides and isolates", () => {
		expect(sanitizeText("a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j")).toBe("abcdefghij");
	});
});

describe("which links may be opened", () => {
	it("keeps http, https and mailto URLs as written", () => {
		expect(safeUrl("https://j-vizcaino.github.io")).toBe("https://j-vizcaino.github.io");
		expect(safeUrl("http://example.org/a?b=c#d")).toBe("http://example.org/a?b=c#d");
		expect(safeUrl("mailto:someone@example.org")).toBe("mailto:someone@example.org");
	});

	it("turns the template's email: scheme into mailto:", () => {
		expect(safeUrl("email:j.vizcaino.pro@gmail.com")).toBe("mailto:j.vizcaino.pro@gmail.com");
		expect(safeUrl("EMAIL:a@b.org")).toBe("mailto:a@b.org");
	});

	it("refuses javascript:, file:, data:, ftp: and other schemes, in any case", () => {
		for (const url of [
			"javascript:alert(1)",
			"JavaScript:alert(1)",
			"file:///etc/passwd",
			"data:text/html,<b>hi</b>",
			"ftp://example.org",
			"vbscript:x",
		]) {
			expect(safeUrl(url)).toBeUndefined();
		}
	});

	it("refuses relative links, bare words and hostless web URLs", () => {
		expect(safeUrl("/about")).toBeUndefined();
		expect(safeUrl("resume.pdf")).toBeUndefined();
		expect(safeUrl("")).toBeUndefined();
		expect(safeUrl("https://")).toBeUndefined();
	});

	it("sees through control characters hiding a scheme, and strips them from the URL", () => {
		expect(safeUrl("java\u0000script:alert(1)")).toBeUndefined();
		expect(safeUrl(" https://exa\u001b[0mmple.org ")).toBe("https://example.org");
	});
});
