import { join } from "node:path";

// dist/serve.js: `jvizcaino-resume serve`, the SSH server, in a bundle of its
// own that cli.js imports only for that command, so ssh2 never weighs on the
// viewer's start. It holds ssh2 and the server, not the viewer: cli.js hands
// it Ink, React and the résumé (source/serve/viewer-kit.ts), so the tarball
// carries one copy of them.
export const SERVE_ONLY = join(process.cwd(), "source", "serve");

// ssh2 tries two native add-ons, each in a try/catch: its own crypto binding
// (built by its install script) and cpu-features (which only orders ciphers).
// A bundle cannot carry a compiled .node file for every platform, and the
// install scripts never run for a bundled package, so both are replaced by a
// module that throws: ssh2 then takes its pure-JS path (Node's crypto plus a
// WebAssembly Poly1305), the same on every machine.
export const withoutNativeAddons = {
	name: "without-native-addons",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /\.node$|^cpu-features$/ }, (args) => ({ path: args.path, namespace: "no-addon" }));
		pluginBuild.onLoad({ filter: /.*/, namespace: "no-addon" }, (args) => ({
			contents: `throw new Error(${JSON.stringify(`${args.path}: native add-ons are not bundled`)});`,
			loader: "js",
		}));
	},
};

// ssh2's index loads its client, agents, HTTP agents and SFTP, and the
// bcrypt (with tweetnacl) that only passphrase-protected keys need: 150 KB of
// a 350 KB bundle that a server with no sftp and an unencrypted host key never
// runs. Take only the server and the key utilities, and stub SFTP and bcrypt:
// no sftp listener exists, so ssh2 refuses the subsystem before reaching them.
export const ssh2ServerOnly = {
	name: "ssh2-server-only",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^ssh2$/ }, () => ({ path: "ssh2", namespace: "ssh2-server-only" }));
		pluginBuild.onLoad({ filter: /^ssh2$/, namespace: "ssh2-server-only" }, () => ({
			contents: `module.exports = {
				Server: require("ssh2/lib/server.js"),
				utils: {
					parseKey: require("ssh2/lib/protocol/keyParser.js").parseKey,
					generateKeyPairSync: require("ssh2/lib/keygen.js").generateKeyPairSync,
				},
			};`,
			resolveDir: process.cwd(),
			loader: "js",
		}));
		pluginBuild.onLoad({ filter: /ssh2[\\/]lib[\\/]protocol[\\/]SFTP\.js$/ }, () => ({
			contents: "module.exports = { SFTP: class SFTP { constructor() { throw new Error('sftp is not served'); } } };",
			loader: "js",
		}));
		pluginBuild.onResolve({ filter: /^bcrypt-pbkdf$/ }, () => ({ path: "bcrypt-pbkdf", namespace: "no-bcrypt" }));
		pluginBuild.onLoad({ filter: /.*/, namespace: "no-bcrypt" }, () => ({
			contents: "module.exports = { pbkdf() { throw new Error('passphrase-protected keys are not supported'); } };",
			loader: "js",
		}));
	},
};

// Anything of ours the server imports outside source/serve (other than
// types, which vanish) would bring a second copy of the viewer into the
// bundle: fail the build instead, and pass it through viewer-kit.ts.
export const viewerStaysInCli = {
	name: "viewer-stays-in-cli",
	setup(pluginBuild) {
		pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
			const fromOurs = args.importer.startsWith(join(process.cwd(), "source"));
			if (!fromOurs || join(args.resolveDir, args.path).startsWith(SERVE_ONLY)) return undefined;
			return { errors: [{ text: `${args.path} is cli.js's: hand it to serve through source/serve/viewer-kit.ts` }] };
		});
		pluginBuild.onResolve({ filter: /^(ink|react|yoga-layout|cfonts|marked)$/ }, (args) => ({
			errors: [{ text: `${args.path} is cli.js's: hand it to serve through source/serve/viewer-kit.ts` }],
		}));
	},
};
