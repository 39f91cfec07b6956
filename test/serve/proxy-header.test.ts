// The PROXY protocol header, v1 and v2, as HAProxy sends it before the client's own bytes.
import { describe, expect, it } from "vitest";
import { parseProxyHeader } from "../../source/serve/proxy-header.js";

const SIGNATURE = "0d0a0d0a000d0a515549540a";

function v2(command: number, family: number, body: string): Buffer {
	const bytes = Buffer.from(body, "hex");
	const length = Buffer.alloc(2);
	length.writeUInt16BE(bytes.length);
	return Buffer.concat([Buffer.from(SIGNATURE, "hex"), Buffer.from([0x20 | command, family]), length, bytes]);
}

describe("PROXY protocol v1", () => {
	it("names the client of a TCP4 or TCP6 line, and says where the client's bytes start", () => {
		const line = "PROXY TCP4 203.0.113.7 192.0.2.1 51234 2222\r\n";
		expect(parseProxyHeader(Buffer.from(`${line}SSH-2.0-OpenSSH_9.2\r\n`))).toEqual({
			kind: "header",
			client: { address: "203.0.113.7", port: 51234 },
			length: line.length,
		});
		expect(parseProxyHeader(Buffer.from("PROXY TCP6 2001:db8::1 2001:db8::2 40112 22\r\n"))).toMatchObject({
			client: { address: "2001:db8::1", port: 40112 },
		});
	});

	it("UNKNOWN names nobody; a partial line waits for more; garbage is refused", () => {
		expect(parseProxyHeader(Buffer.from("PROXY UNKNOWN\r\n"))).toEqual({
			kind: "header",
			client: undefined,
			length: 15,
		});
		expect(parseProxyHeader(Buffer.from("PROXY TCP4 203.0"))).toEqual({ kind: "incomplete" });
		expect(parseProxyHeader(Buffer.from("PRO"))).toEqual({ kind: "incomplete" });
		expect(parseProxyHeader(Buffer.from("SSH-2.0-OpenSSH_9.2\r\n"))).toEqual({
			kind: "invalid",
			reason: "no PROXY protocol header",
		});
		expect(parseProxyHeader(Buffer.from("PROXY TCP4 999.1.1.1 192.0.2.1 1 2\r\n"))).toMatchObject({ kind: "invalid" });
		expect(parseProxyHeader(Buffer.from(`PROXY ${"x".repeat(200)}`))).toMatchObject({ kind: "invalid" });
	});
});

describe("PROXY protocol v2", () => {
	it("names the client of an IPv4 or IPv6 PROXY command", () => {
		// 203.0.113.7:51234 → 192.0.2.1:2222
		const ipv4 = v2(1, 0x11, "cb007107c0000201c82208ae");
		expect(parseProxyHeader(Buffer.concat([ipv4, Buffer.from("SSH-2.0-x\r\n")]))).toEqual({
			kind: "header",
			client: { address: "203.0.113.7", port: 51234 },
			length: 28,
		});
		// 2001:db8::1 → 2001:db8::2, port 40112 → 22
		const ipv6 = v2(1, 0x21, `20010db8${"0".repeat(22)}0120010db8${"0".repeat(22)}029cb00016`);
		expect(parseProxyHeader(ipv6)).toMatchObject({ client: { address: "2001:db8::1", port: 40112 } });
	});

	it("LOCAL (a health check) names nobody; a partial header waits; another version is refused", () => {
		expect(parseProxyHeader(v2(0, 0x00, ""))).toEqual({ kind: "local", length: 16 });
		expect(parseProxyHeader(v2(1, 0x11, "cb007107c0000201c82208ae").subarray(0, 20))).toEqual({ kind: "incomplete" });
		expect(parseProxyHeader(Buffer.from(SIGNATURE.slice(0, 10), "hex"))).toEqual({ kind: "incomplete" });
		const version3 = v2(1, 0x11, "cb007107c0000201c82208ae");
		version3[12] = 0x31;
		expect(parseProxyHeader(version3)).toMatchObject({ kind: "invalid" });
	});
});
