import { Box, Text } from "ink";
import { useMemo } from "react";
import { depthAndThemeOf, type Styles } from "../../render/styles.js";
import type { Resume } from "../../resume/model.js";
import { vcardOf } from "../../vcard/to-vcard.js";
import { type QrLayout, qrLayout, type Size } from "./qr-layout.js";
import { qrPaint } from "./qr-paint.js";
import { useQrEncoder } from "./use-qr-encoder.js";

type QrCodeViewProps = {
	readonly resume: Resume;
	/** The area the view fills; the code is centred in it. */
	readonly width: number;
	readonly height: number;
	readonly styles: Styles;
	/** What the terminal has besides this area, so "needs W×H" is the terminal's size. Default: nothing. */
	readonly around?: Size;
};

const NOTHING_AROUND: Size = { columns: 0, rows: 0 };

/**
 * The résumé's contact as a QR code a phone camera reads, centred in its area, with what it holds
 * written under it: the vCard when it fits, the online résumé's address when only that does, or
 * how big the terminal must be. Painted black on white whatever the theme.
 */
export function QrCodeView({ resume, width, height, styles, around = NOTHING_AROUND }: QrCodeViewProps) {
	const encoder = useQrEncoder();
	const content = useMemo(
		() => ({
			name: resume.basics.name,
			vcard: vcardOf(resume),
			url: resume.basics.contacts.find((contact) => contact.kind === "website")?.url,
		}),
		[resume],
	);
	const layout: QrLayout | undefined = useMemo(() => {
		if (encoder.status !== "ready") return undefined;
		const { level, theme } = depthAndThemeOf(styles);
		return qrLayout(content, { columns: width, rows: height }, around, encoder.encode, qrPaint(level, theme));
	}, [encoder, content, width, height, around, styles]);
	const captions =
		encoder.status === "failed"
			? ["The QR code could not be drawn"]
			: (layout?.captions.slice(0, captionRows(layout, height)) ?? ["Drawing the QR code…"]);
	return (
		<Box width={width} height={height} flexDirection="column" alignItems="center" justifyContent="center">
			{layout && layout.lines.length > 0 ? <Text>{layout.lines.join("\n")}</Text> : null}
			{captions.map((caption, index) => (
				// Under a code a caption has its one row; alone, it may take as many as it needs.
				<Text key={caption} wrap={layout && layout.lines.length > 0 ? "truncate-end" : "wrap"}>
					{index === 0 ? styles.strong(caption) : styles.muted(caption)}
				</Text>
			))}
		</Box>
	);
}

/** Rows left under the code for captions. */
function captionRows(layout: QrLayout | undefined, height: number): number {
	return Math.max(1, height - (layout?.lines.length ?? 0));
}
