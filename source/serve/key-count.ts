const ESC = 0x1b;

/**
 * How many keys a chunk of terminal input holds, roughly as the viewer sees
 * them: an escape sequence (an arrow, a function key) is one, a UTF-8
 * character is one, any other byte is one. Each may be an action (a search,
 * a scroll, a layout), so the session budgets keys as well as bytes.
 */
export function keyCount(data: Uint8Array): number {
	let keys = 0;
	for (let index = 0; index < data.length; index++) {
		const byte = data[index] ?? 0;
		if (byte >= 0x80 && byte < 0xc0) continue; // a UTF-8 continuation byte
		keys++;
		if (byte !== ESC) continue;
		// ESC [ … final byte, or ESC O x: the rest of the sequence is the same key.
		const next = data[index + 1];
		if (next === 0x5b) {
			index += 2;
			while (index < data.length && ((data[index] ?? 0) < 0x40 || (data[index] ?? 0) > 0x7e)) index++;
		} else if (next === 0x4f) index += 2;
	}
	return keys;
}
