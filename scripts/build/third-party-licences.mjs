// dist/THIRD-PARTY-LICENSES.md: every package whose code the bundles carry, read from esbuild's
// metafile (what was bundled, not what package.json lists), with its version, its licence and the
// licence text it ships. MIT and the others ask for their notice to travel with the code; cfonts's
// GPL-3.0 asks for its full text. A bundled package without a licence or a licence file fails the build.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i;
/**
 * Packages whose npm tarball lacks the licence file their sources point to: the notice, written here
 * from that file in their repository, in scripts/build/licences/NAME.txt. yoga-layout's sources say
 * "licensed under the MIT license found in the LICENSE file in the root directory".
 */
const NOTICES_KEPT_HERE = fileURLToPath(new URL("licences", import.meta.url));

function noticeKeptHere(name, key) {
	const file = join(NOTICES_KEPT_HERE, `${name.replace("/", "__")}.txt`);
	try {
		return [{ file: `LICENSE (from its repository; ${basename(file)} here)`, text: readFileSync(file, "utf8").trim() }];
	} catch {
		throw new Error(`${key} (bundled) ships no licence file: write its notice in ${file}`);
	}
}

/** The folder of the package an input of the metafile belongs to, or undefined for our own code. */
export function packageFolderOf(input) {
	// Inputs from plugins carry a namespace ("no-addon:…"): ours. Real paths may leave the work tree
	// (a symbolic link to node_modules), so take the last node_modules segment.
	if (/^[\w-]+:/.test(input)) return undefined;
	const match = /^(.*[\\/]|)node_modules[\\/](@[^\\/]+[\\/][^\\/]+|[^\\/]+)[\\/]/.exec(input);
	return match ? resolve(`${match[1]}node_modules`, match[2] ?? "") : undefined;
}

/** package.json's licence: an SPDX expression, or the older `{ type }` and `licenses: [{ type }]` forms. */
function licenceOf(manifest) {
	if (typeof manifest.license === "string") return manifest.license;
	if (manifest.license?.type) return manifest.license.type;
	const types = (manifest.licenses ?? []).map((entry) => entry.type).filter(Boolean);
	return types.length > 0 ? types.join(" OR ") : undefined;
}

/**
 * Each bundled package once per version, with the bundles that carry it.
 * @param {Record<string, import("esbuild").Metafile>} metafiles by bundle name
 */
export function bundledPackages(metafiles) {
	/** @type {Map<string, { name: string, version: string, licence: string, folder: string, bundles: string[], texts: { file: string, text: string }[] }>} */
	const packages = new Map();
	for (const [bundle, metafile] of Object.entries(metafiles)) {
		for (const input of Object.keys(metafile.inputs)) {
			const folder = packageFolderOf(input);
			if (!folder) continue;
			const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
			const key = `${manifest.name}@${manifest.version}`;
			const known = packages.get(key);
			if (known) {
				if (!known.bundles.includes(bundle)) known.bundles.push(bundle);
				continue;
			}
			const licence = licenceOf(manifest);
			if (!licence) throw new Error(`${key} (bundled) names no licence in its package.json`);
			const texts = readdirSync(folder)
				.filter((file) => LICENCE_FILE.test(file))
				.sort()
				.map((file) => ({ file, text: readFileSync(join(folder, file), "utf8").trim() }));
			if (texts.length === 0) texts.push(...noticeKeptHere(manifest.name, key));
			packages.set(key, { name: manifest.name, version: manifest.version, licence, folder, bundles: [bundle], texts });
		}
	}
	return [...packages.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** The Markdown of dist/THIRD-PARTY-LICENSES.md. */
export function thirdPartyLicences(packages) {
	const rows = packages.map((p) => `| ${p.name} | ${p.version} | ${p.licence} | ${p.bundles.join(", ")} |`);
	const texts = packages.flatMap((p) =>
		p.texts.map(({ file, text }) => `## ${p.name} ${p.version}: ${file}\n\n\`\`\`\`text\n${text}\n\`\`\`\`\n`),
	);
	return `# Third-party code in jvizcaino-resume

dist/cli.js and dist/serve.js are bundles: besides this package's own code (MIT, see LICENSE) they carry
the code of the packages below, at these versions, each under its own licence. Their sources are on the
npm registry at the same versions. cfonts is GPL-3.0-or-later, so the bundles as a whole are conveyed
under the GPL-3.0-or-later; its full text is below with cfonts. README.md, "Licence", says where the
complete corresponding source is.

| package | version | licence | bundled in |
| --- | --- | --- | --- |
${rows.join("\n")}

${texts.join("\n")}`;
}

export function writeThirdPartyLicences(metafiles, outFile) {
	writeFileSync(outFile, thirdPartyLicences(bundledPackages(metafiles)));
	return basename(outFile);
}
