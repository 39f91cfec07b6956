import { isIPv4, isIPv6 } from "node:net";

/**
 * The PROXY protocol header a load balancer (HAProxy, nginx, AWS NLB) sends
 * before the client's own bytes, naming the client it relays: version 1 (a
 * text line) or 2 (binary). See haproxy.org/download/2.8/doc/proxy-protocol.txt.
 */
export type ProxyHeader =
	| { readonly kind: "incomplete" }
	| { readonly kind: "invalid"; readonly reason: string }
	/** v2's LOCAL command: the balancer's own connection (a health check), relaying nobody. */
	| { readonly kind: "local"; readonly length: number }
	| {
			readonly kind: "header";
			/** The client's address and port; undefined when the header names none (v1 UNKNOWN, v2 UNSPEC or UNIX). */
			readonly client: { readonly address: string; readonly port: number } | undefined;
			/** Bytes the header takes: what follows is the client's. */
			readonly length: number;
	  };

const V2_SIGNATURE = Buffer.from("0d0a0d0a000d0a515549540a", "hex");
/** A v1 line is at most 107 bytes, CR LF included. */
const V1_MAX_LENGTH = 107;
const V2_FIXED_LENGTH = 16;
/** Room for the addresses and any TLVs a balancer adds; a longer header is refused. */
const V2_MAX_LENGTH = 1024;

/** Reads a header from the bytes received so far. */
export function parseProxyHeader(bytes: Buffer): ProxyHeader {
	const signatureSeen = bytes.subarray(0, V2_SIGNATURE.length);
	if (signatureSeen.equals(V2_SIGNATURE.subarray(0, signatureSeen.length)) && bytes.length > 0 && bytes[0] === 0x0d)
		return bytes.length < V2_SIGNATURE.length ? { kind: "incomplete" } : parseV2(bytes);
	const prefix = bytes.subarray(0, 6).toString("latin1");
	if (!"PROXY ".startsWith(prefix)) return { kind: "invalid", reason: "no PROXY protocol header" };
	return parseV1(bytes);
}

function parseV1(bytes: Buffer): ProxyHeader {
	const end = bytes.subarray(0, V1_MAX_LENGTH).indexOf("\r\n");
	if (end === -1)
		return bytes.length >= V1_MAX_LENGTH
			? { kind: "invalid", reason: "PROXY v1 line too long" }
			: { kind: "incomplete" };
	const length = end + 2;
	const [, protocol, source, , sourcePort] = bytes.subarray(0, end).toString("latin1").split(" ");
	if (protocol === "UNKNOWN") return { kind: "header", client: undefined, length };
	const port = Number(sourcePort);
	const validAddress = protocol === "TCP4" ? isIPv4(source ?? "") : protocol === "TCP6" ? isIPv6(source ?? "") : false;
	if (!validAddress || !/^\d{1,5}$/.test(sourcePort ?? "") || port > 65_535)
		return { kind: "invalid", reason: "malformed PROXY v1 line" };
	return { kind: "header", client: { address: source ?? "", port }, length };
}

function parseV2(bytes: Buffer): ProxyHeader {
	if (bytes.length < V2_FIXED_LENGTH) return { kind: "incomplete" };
	const versionAndCommand = bytes[12] ?? 0;
	const family = bytes[13] ?? 0;
	const length = V2_FIXED_LENGTH + bytes.readUInt16BE(14);
	if (versionAndCommand >> 4 !== 2) return { kind: "invalid", reason: "unknown PROXY protocol version" };
	if (length > V2_MAX_LENGTH) return { kind: "invalid", reason: "PROXY v2 header too long" };
	if (bytes.length < length) return { kind: "incomplete" };
	const command = versionAndCommand & 0x0f;
	if (command === 0) return { kind: "local", length };
	if (command !== 1) return { kind: "invalid", reason: "unknown PROXY v2 command" };
	const body = bytes.subarray(V2_FIXED_LENGTH, length);
	if (family === 0x11 && body.length >= 12)
		return {
			kind: "header",
			client: { address: [...body.subarray(0, 4)].join("."), port: body.readUInt16BE(8) },
			length,
		};
	if (family === 0x21 && body.length >= 36) {
		const groups = Array.from({ length: 8 }, (_, index) => body.readUInt16BE(index * 2).toString(16));
		return { kind: "header", client: { address: compressedIPv6(groups), port: body.readUInt16BE(32) }, length };
	}
	// UNSPEC, UNIX sockets: no address to speak of.
	return { kind: "header", client: undefined, length };
}

/** "2001:db8:0:0:0:0:0:1" → "2001:db8::1", as Node shows addresses. */
function compressedIPv6(groups: readonly string[]): string {
	let best = { start: -1, length: 0 };
	for (let start = 0; start < groups.length; ) {
		let end = start;
		while (end < groups.length && groups[end] === "0") end++;
		if (end - start > best.length && end - start > 1) best = { start, length: end - start };
		start = end === start ? start + 1 : end;
	}
	if (best.start === -1) return groups.join(":");
	const head = groups.slice(0, best.start).join(":");
	const tail = groups.slice(best.start + best.length).join(":");
	return `${head}::${tail}`;
}
