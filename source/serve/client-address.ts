import { isIPv6 } from "node:net";

/** The address as a person reads it: an IPv4 client on a dual-stack socket shows as IPv4. */
export function shownAddress(address: string): string {
	return address.startsWith("::ffff:") && !isIPv6(address.slice(7)) ? address.slice(7) : address;
}

/**
 * What the per-address limit counts: one IPv4 address, or one IPv6 /64, since
 * a single IPv6 client usually holds a whole /64 and could take a new address
 * for every connection.
 */
export function addressGroup(address: string): string {
	const shown = shownAddress(address);
	if (!isIPv6(shown)) return shown;
	return `${expandedIPv6(shown).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, "::" filled in, a zone dropped, an embedded IPv4 as two groups. */
function expandedIPv6(address: string): string[] {
	const withoutZone = address.split("%")[0] ?? address;
	const [head = "", tail] = withoutZone.split("::");
	const groupsOf = (part: string | undefined) =>
		part === undefined || part === ""
			? []
			: part.split(":").flatMap((group) => (group.includes(".") ? ["0", "0"] : [group]));
	const headGroups = groupsOf(head);
	const tailGroups = groupsOf(tail);
	const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
	return [...headGroups, ...Array.from({ length: missing }, () => "0"), ...tailGroups].map(
		(group) => group.replace(/^0+(?=.)/, "").toLowerCase() || "0",
	);
}
