import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { projectRoot } from "./packed-tarball.js";

// What the bundles carry, from esbuild's metafiles (written by the build beside them, not shipped),
// read here on its own terms, against what dist/THIRD-PARTY-LICENSES.md says.
type Metafile = { inputs: Record<string, unknown> };
const dist = join(projectRoot, "dist");
const metafiles = JSON.parse(readFileSync(join(dist, "metafiles.json"), "utf8")) as Record<string, Metafile>;
const listing = readFileSync(join(dist, "THIRD-PARTY-LICENSES.md"), "utf8");

/** Licences whose code can go into a package licensed "MIT AND GPL-3.0-or-later"; a new one needs a look first. */
const COMPATIBLE = new Set(["MIT", "ISC", "BSD-2-Clause", "BSD-3-Clause", "0BSD", "Apache-2.0", "GPL-3.0-or-later"]);

type Bundled = { readonly name: string; readonly version: string; readonly licence: string };

function bundledPackages(): Bundled[] {
	const found = new Map<string, Bundled>();
	for (const metafile of Object.values(metafiles)) {
		for (const input of Object.keys(metafile.inputs)) {
			const at = input.lastIndexOf("node_modules/");
			if (at === -1 || input.includes(":")) continue;
			const rest = input.slice(at + "node_modules/".length).split("/");
			const name = rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? "");
			const manifest = JSON.parse(
				readFileSync(resolve(projectRoot, input.slice(0, at), "node_modules", name, "package.json"), "utf8"),
			);
			const licence = manifest.license ?? manifest.licenses?.map((entry: { type: string }) => entry.type).join(" OR ");
			found.set(`${name}@${manifest.version}`, { name, version: manifest.version, licence });
		}
	}
	return [...found.values()];
}

function listedRows(): Map<string, string> {
	const rows = new Map<string, string>();
	for (const [, name, version, licence] of listing.matchAll(/^\| (\S+) \| (\S+) \| ([^|]+) \|/gm))
		if (name && name !== "package" && name !== "---") rows.set(`${name}@${version}`, licence?.trim() ?? "");
	return rows;
}

const bundled = bundledPackages();

describe("dist/THIRD-PARTY-LICENSES.md", () => {
	it("finds the packages the bundles are known to carry", () => {
		const names = bundled.map((p) => p.name);
		expect(names).toEqual(expect.arrayContaining(["ink", "react", "cfonts", "ssh2", "asn1", "safer-buffer"]));
	});

	it("lists every bundled package, at its version, with its licence", () => {
		const rows = listedRows();
		const unlisted = bundled.filter((p) => rows.get(`${p.name}@${p.version}`) !== p.licence);
		expect(unlisted).toEqual([]);
	});

	it("reproduces every bundled package's licence text: the GPL's in full, a copyright notice for the others", () => {
		const withoutText = bundled.filter((p) => {
			const start = listing.indexOf(`## ${p.name} ${p.version}: `);
			if (start === -1) return true;
			const text = listing.slice(start, listing.indexOf("\n````\n", start));
			return p.licence === "GPL-3.0-or-later"
				? !text.includes("GNU GENERAL PUBLIC LICENSE") || !text.includes("END OF TERMS AND CONDITIONS")
				: !/copyright/i.test(text);
		});
		expect(withoutText).toEqual([]);
	});

	it("names only licences the package's own licence can carry", () => {
		const strangers = bundled.filter((p) => !COMPATIBLE.has(p.licence));
		expect(strangers).toEqual([]);
		const gpl = bundled.some((p) => p.licence.startsWith("GPL"));
		expect(packageJson.license).toBe(gpl ? "MIT AND GPL-3.0-or-later" : "MIT");
	});

	it("lists nothing the bundles do not carry", () => {
		const carried = new Set(bundled.map((p) => `${p.name}@${p.version}`));
		expect([...listedRows().keys()].filter((key) => !carried.has(key))).toEqual([]);
	});
});
