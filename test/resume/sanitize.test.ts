import { describe, expect, it } from "vitest";
import { safeUrl, sanitizeCode, sanitizeInline, sanitizeText, trimText } from "../../source/resume/sanitize.js";

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

describe("a link's address as a terminal's hyperlink carries it", () => {
	it("keeps the address URL reads, not the text, when URL dropped or accepted what a hyperlink cannot hold", () => {
		expect(safeUrl("http://x/\ny")).toBe("http://x/y");
		expect(safeUrl("http://www.a\rb.com")).toBe("http://www.ab.com/");
		expect(safeUrl("http://x/\ty")).toBe("http://x/y");
		expect(safeUrl("http://x/ y")).toBe("http://x/%20y");
		expect(safeUrl("https://\uFEFFexample.org/")).toBe("https://example.org/");
		expect(safeUrl("https://exämple.org/ä")).toBe("https://xn--exmple-cua.org/%C3%A4");
	});

	it("percent-encodes the spaces and non-ASCII letters of a mail address, which URL leaves as written", () => {
		expect(safeUrl("mailto:a b@example.org")).toBe("mailto:a%20b@example.org");
		expect(safeUrl("email:jé@example.org")).toBe("mailto:j%C3%A9@example.org");
	});
});

describe("text as a span or a one-line field holds it", () => {
	it("reads a tab as one space, since text that wraps has no tab stops", () => {
		expect(sanitizeInline("Go\tRust\t\tC")).toBe("Go Rust  C");
	});

	it("drops combining marks and white space at the start, however they alternate, and trims the end", () => {
		expect(trimText(" \u0301\u00A0\u0302 e\u0301 ")).toBe("e\u0301");
	});
});

describe("a code block's text", () => {
	it("expands each tab to the next multiple of 4 columns from the start of its line", () => {
		expect(sanitizeCode("a\tb\nab\tc\nabcd\td\n\t\te")).toBe("a   b\nab  c\nabcd    d\n        e");
	});

	it("counts a combining mark as no column, and drops one that starts a line", () => {
		expect(sanitizeCode("e\u0301\tx\n\u0301y")).toBe("e\u0301   x\ny");
	});
});
