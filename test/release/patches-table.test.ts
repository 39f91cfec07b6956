import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { projectRoot } from "./packed-tarball.js";

// scripts/build/PATCHES.md against what the build patched (dist/patches.json, written by must-apply.mjs).
const table = readFileSync(join(projectRoot, "scripts", "build", "PATCHES.md"), "utf8");
const applied = JSON.parse(readFileSync(join(projectRoot, "dist", "patches.json"), "utf8")) as Record<string, string[]>;

type Row = { readonly patch: string; readonly versions: string[]; readonly test: string };

/** The rows of the first table: the patches in use (the second lists the dropped ones). */
function rows(): Row[] {
	const inUse = table.slice(0, table.indexOf("## Dropped"));
	return inUse
		.split("\n")
		.filter((line) => line.startsWith("| `"))
		.map((line) => line.split("|").map((cell) => cell.trim()))
		.map(([, patch = "", versions = "", , , , test = ""]) => ({
			patch: /`([\w-]+)`/.exec(patch)?.[1] ?? patch,
			versions: [...versions.matchAll(/`([^`]+@[\d.]+)`/g)].map(([, version = ""]) => version).sort(),
			test,
		}));
}

type Pins = { devDependencies: Record<string, string>; overrides: Record<string, string | Record<string, string>> };
const { devDependencies, overrides } = packageJson as unknown as Pins;

/** The exact version package.json pins a package to: a dev dependency, an override, or one within ink's. */
function pinned(name: string): string[] {
	return [
		devDependencies[name],
		...Object.entries(overrides).map(([key, value]) =>
			typeof value === "string" ? key === name && value : value[name],
		),
	].filter((pin): pin is string => typeof pin === "string");
}

describe("scripts/build/PATCHES.md", () => {
	it("has one row for each patch the build applied, and none for a patch it did not", () => {
		expect(
			rows()
				.map((row) => row.patch)
				.sort(),
		).toEqual(Object.keys(applied).sort());
	});

	it("names the package versions each patch was written against, as the build found them", () => {
		for (const row of rows()) expect(row.versions, row.patch).toEqual(applied[row.patch]);
	});

	it("points each patch at test files that exist", () => {
		for (const row of rows()) {
			const files = [...row.test.matchAll(/`(test\/[\w/.-]+\.tsx?)`/g)].map(([, file = ""]) => file);
			const sameScreens = /same (screens|`--print`)/.test(row.test);
			expect(files.length > 0 || sameScreens, `${row.patch} names no test`).toBe(true);
			for (const file of files) expect(existsSync(join(projectRoot, file)), file).toBe(true);
		}
	});
});

describe("package.json", () => {
	it("pins every patched package to the exact version the patch was written against", () => {
		const loose = Object.values(applied)
			.flat()
			.filter((versioned) => {
				const at = versioned.lastIndexOf("@");
				return !pinned(versioned.slice(0, at)).includes(versioned.slice(at + 1));
			});
		expect(loose).toEqual([]);
	});
});
